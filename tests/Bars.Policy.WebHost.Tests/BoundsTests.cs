using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Bars.Policy.WebHost.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Bars.Policy.WebHost.Tests;

/// <summary>
/// What one request may cost the host (issue 25): the errors a problem body lists, how many single cases run at
/// once, how long a batch may take, and what a client that goes away leaves behind.
/// </summary>
public sealed class BoundsTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly HttpClient client = factory.CreateClient();

    /// <summary>A case whose <paramref name="injuries"/> injuries are each the wrong type: one error apiece.</summary>
    public static string CaseWithWrongInjuries(string caseId, int injuries)
    {
        var node = JsonNode.Parse(Http.CaseLine(caseId))!.AsObject();
        node["injuries"] = new JsonArray([.. Enumerable.Range(0, injuries).Select(_ => (JsonNode?)JsonValue.Create(1))]);
        return node.ToJsonString();
    }

    // Finding 6: the problem body's errors are bounded: the first ones listed, the rest counted.
    [Fact]
    public async Task A_case_with_thousands_of_errors_is_answered_with_the_first_hundred_and_a_count_of_the_rest()
    {
        var response = await client.PostCaseAsync(CaseWithWrongInjuries("many-errors", 5_000));
        var length = (await response.Content.ReadAsByteArrayAsync()).Length;
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);

        // The library keeps a case's first 100 errors and counts the rest in one more (issue 25, finding 5); the body
        // lists exactly those.
        var errors = problem.Errors();
        Assert.Equal(101, errors.Count);
        Assert.Equal("injuries[0]", errors[0].Path);
        Assert.Equal("$", errors[100].Path);
        var counted = System.Text.RegularExpressions.Regex.Match(errors[100].Message, @"^… and ([\d,]+) more errors \(the first 100 are given\)\.$");
        Assert.True(counted.Success, errors[100].Message);
        Assert.True(int.Parse(counted.Groups[1].Value, System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture) >= 4_900, errors[100].Message);
        Assert.Null(problem["moreErrors"]);
        Assert.InRange(length, 1, 64 * 1024);
    }

    [Fact]
    public async Task A_case_with_few_errors_lists_them_all_and_no_count()
    {
        var problem = await (await client.PostCaseAsync(CaseWithWrongInjuries("few-errors", 3))).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(3, problem.Errors().Count);
        Assert.Null(problem["moreErrors"]);
    }

    // Finding 6: only so many single cases at once; beyond the queue, 503.
    [Fact]
    public async Task Single_cases_beyond_the_concurrency_limit_and_its_queue_are_503_problem()
    {
        var (host, loopback) = Loopback.Start(("Decisions:MaxConcurrentCases", "1"), ("Decisions:MaxQueuedCases", "0"));
        using var _ = host;
        using var __ = loopback;
        var body = Encoding.UTF8.GetBytes(Http.CaseLine("held"));
        using var holding = await RawBatch.StartCaseAsync(loopback.BaseAddress!, body.Length, body[..10]);

        // The held case has its permit once the server has its headers; ask until the limiter says so.
        HttpResponseMessage refused;
        var tries = 0;
        while ((refused = await loopback.PostCaseAsync(Http.CaseLine("other"))).StatusCode == HttpStatusCode.OK && ++tries < 300) await Task.Delay(100); // up to 30 s on a loaded machine
        var problem = await refused.ProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Contains("cases", problem["title"]!.GetValue<string>(), StringComparison.Ordinal);

        await holding.SendRawAsync(body[10..]);
        await holding.ReadUntilAsync("\"held\"");
        Assert.StartsWith("HTTP/1.1 200", holding.Received, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await loopback.PostCaseAsync(Http.CaseLine("after"))).StatusCode);
    }

    private static byte[] Line(string caseId) => Encoding.UTF8.GetBytes(Http.CaseLine(caseId) + "\n");

    // Finding 10: slow clients cannot hold the batch places for good: a batch's time is bounded, waiting included.
    [Fact]
    public async Task A_stalled_batch_is_cut_at_its_time_and_the_batch_waiting_behind_it_is_answered()
    {
        var (host, loopback) = Loopback.Start(("Decisions:MaxConcurrentBatches", "1"), ("Decisions:MaxQueuedBatches", "1"), ("Decisions:MaxBatchSeconds", "2"));
        using var _ = host;
        using var __ = loopback;
        loopback.Timeout = TimeSpan.FromSeconds(30);

        using var answered = await RawBatch.StartAsync(loopback.BaseAddress!, Line("t-0"));
        await answered.ReadUntilAsync("\"t-0\""); // it runs, then trickles a line no faster than Kestrel's minimum rate needs
        using var stopTrickle = new CancellationTokenSource(TimeSpan.FromSeconds(25));
        var trickle = TrickleAsync(answered, stopTrickle.Token);
        var waiting = loopback.PostLinesAsync(Http.CaseLine("t-1") + "\n");

        // Its answers started: the connection is cut, with no final chunk, so it cannot look complete.
        Assert.True(await answered.ReadToCloseAsync(), "the stalled batch still holds its place");
        Assert.DoesNotContain("\r\n0\r\n\r\n", answered.Received, StringComparison.Ordinal);
        await stopTrickle.CancelAsync();
        await trickle;

        // The one behind it gets an answer: its decision, or a 503 if its own time ran out while it waited.
        var response = await waiting;
        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable });
    }

    // About 400 bytes a second of a line that never ends, above Kestrel's minimum data rate, until the connection goes.
    private static async Task TrickleAsync(RawBatch batch, CancellationToken stop)
    {
        var spaces = Encoding.ASCII.GetBytes(new string(' ', 200));
        try
        {
            while (!stop.IsCancellationRequested)
            {
                await batch.ChunkAsync(spaces);
                await Task.Delay(500, stop);
            }
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The server cut the connection, or the test is over.
        }
    }

    [Fact]
    public async Task A_batch_that_never_sends_a_whole_line_is_503_problem_at_its_time()
    {
        var (host, loopback) = Loopback.Start(("Decisions:MaxBatchSeconds", "1"));
        using var _ = host;
        using var __ = loopback;

        using var slow = await RawBatch.StartAsync(loopback.BaseAddress!, Line("t-2")[..20]);
        using var stopTrickle = new CancellationTokenSource(TimeSpan.FromSeconds(25));
        var trickle = TrickleAsync(slow, stopTrickle.Token);
        await slow.ReadUntilAsync("took too long");
        await stopTrickle.CancelAsync();
        await trickle;

        Assert.StartsWith("HTTP/1.1 503", slow.Received, StringComparison.Ordinal);
        Assert.Contains("Retry-After: 1", slow.Received, StringComparison.Ordinal);
    }

    // Finding 4: a client that sends a whole batch and goes away unread leaves no abnormal end in the log.
    [Fact]
    public async Task A_batch_client_that_goes_away_without_reading_leaves_no_error_in_the_log()
    {
        var logs = new LogCapture();
        var (host, loopback) = Loopback.Start(logs);
        using var _ = host;
        using var __ = loopback;
        var body = Enumerable.Range(0, 8_000).SelectMany(i => Line($"gone-{i}")).ToArray();

        for (var round = 0; round < 6; round++)
        {
            using var gone = await RawBatch.StartAsync(loopback.BaseAddress!, body[..(body.Length / 2)]);
            if (round % 2 == 0) await gone.ReadUntilAsync("\"gone-0\"");
            await gone.ChunkAsync(body[(body.Length / 2)..]);
            if (round % 3 != 2) await gone.EndAsync();
            if (round % 3 == 1) await Task.Delay(2000); // the answers fill the socket's buffers and the server waits
            gone.Dispose(); // without reading the answers
        }

        // The host still answers, and by then has ended those connections.
        Assert.Equal(HttpStatusCode.OK, (await loopback.PostLinesAsync(Http.CaseLine("after") + "\n")).StatusCode);
        await Task.Delay(1000);
        Assert.DoesNotContain(logs.Lines, l => l.Contains("Reading is already in progress", StringComparison.Ordinal) || l.Contains("ended abnormally", StringComparison.Ordinal));
    }
}
