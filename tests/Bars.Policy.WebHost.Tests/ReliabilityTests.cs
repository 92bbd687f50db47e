using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Bars.Policy.WebHost.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Bars.Policy.WebHost.Tests;

/// <summary>
/// Both endpoints under faults and hostile input (issue 11): media types, encodings, echoed megabytes, a host rule
/// that throws, bodies of newlines, too many lines, a stalled body, too many batches at once.
/// </summary>
public sealed class ReliabilityTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];
    private readonly HttpClient client = factory.CreateClient();

    private static ByteArrayContent Bytes(byte[] body, string? mediaType)
    {
        var content = new ByteArrayContent(body);
        if (mediaType is not null) content.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);
        return content;
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Case(string caseId) => Utf8(Http.CaseLine(caseId));

    private static byte[] Lines(params byte[][] lines) => [.. lines.SelectMany(l => (byte[])[.. l, (byte)'\n'])];

    private async Task<List<PolicyDecision>> BatchAsync(HttpContent content, HttpClient? via = null)
    {
        var response = await (via ?? client).PostAsync("/decisions/batch", content);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(PolicyJson.ReadDecision).ToList();
    }

    // Finding 22: Content-Type is not ignored.
    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-ndjson")]
    [InlineData("application/json; charset=utf-16")]
    [InlineData("application/json; charset=\"utf-16\"")]
    [InlineData(null)]
    public async Task A_single_case_in_anything_but_JSON_is_415_problem(string? mediaType)
    {
        var problem = await (await client.PostAsync("/decisions", Bytes(Case("m-1"), mediaType))).ProblemAsync(HttpStatusCode.UnsupportedMediaType);

        Assert.Contains("application/json", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("text/plain")]
    [InlineData("application/json-seq")]
    [InlineData(null)]
    public async Task A_batch_in_anything_but_JSON_Lines_is_415_problem(string? mediaType)
    {
        await (await client.PostAsync("/decisions/batch", Bytes(Lines(Case("m-1")), mediaType))).ProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json; charset=\"utf-8\"")] // issue 25, finding 19: a quoted value is the same
    [InlineData("application/json; charset=\"UTF-8\"")]
    [InlineData("Application/JSON")]
    public async Task A_single_case_in_JSON_is_taken_with_or_without_its_charset(string mediaType)
    {
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/decisions", Bytes(Case("m-2"), mediaType))).StatusCode);
    }

    [Theory]
    [InlineData("application/x-ndjson")]
    [InlineData("application/jsonl")]
    [InlineData("application/x-ndjson; charset=utf-8")]
    [InlineData("application/x-ndjson; charset=\"utf-8\"")]
    public async Task A_batch_in_JSON_Lines_is_taken_under_either_name(string mediaType)
    {
        Assert.Equal(["m-3"], (await BatchAsync(Bytes(Lines(Case("m-3")), mediaType))).Select(d => d.CaseId));
    }

    // Finding 14: invalid UTF-8 is refused as such, not read as "caseId must be a string".
    [Fact]
    public async Task A_single_case_that_is_not_UTF8_is_400_problem_saying_so()
    {
        var body = Case("utf-X");
        body[Array.IndexOf(body, (byte)'X')] = 0xFF;

        var problem = await (await client.PostAsync("/decisions", Bytes(body, "application/json"))).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("UTF-8", Assert.Single(problem.Errors()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_batch_line_that_is_not_UTF8_is_answered_with_an_error_saying_so_and_the_batch_goes_on()
    {
        var bad = Case("utf-X");
        bad[Array.IndexOf(bad, (byte)'X')] = 0xC3; // a lead byte with no continuation

        var decisions = await BatchAsync(Bytes(Lines(Case("u-0"), bad, Case("u-2")), "application/x-ndjson"));

        Assert.Equal(3, decisions.Count);
        Assert.True(decisions[0].IsValid && decisions[2].IsValid);
        Assert.Contains("UTF-8", Assert.Single(decisions[1].Errors).Message, StringComparison.Ordinal);
    }

    // Finding 22: byte-order marks, whitespace-only lines and UTF-16 as the CLI treats them.
    [Fact]
    public async Task UTF16_is_415_problem_for_both_endpoints()
    {
        var json = Http.CaseLine("u16");
        byte[] little = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(json)];
        byte[] big = [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(json + "\n")];

        var single = await (await client.PostAsync("/decisions", Bytes(little, "application/json"))).ProblemAsync(HttpStatusCode.UnsupportedMediaType);
        var batch = await (await client.PostAsync("/decisions/batch", Bytes(big, "application/x-ndjson"))).ProblemAsync(HttpStatusCode.UnsupportedMediaType);

        Assert.Contains("UTF-16", single["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("UTF-16", batch["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_byte_order_mark_opening_the_body_is_skipped_and_a_second_one_is_an_error()
    {
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/decisions", Bytes([.. Bom, .. Case("b-1")], "application/json"))).StatusCode);
        var problem = await (await client.PostAsync("/decisions", Bytes([.. Bom, .. Bom, .. Case("b-2")], "application/json"))).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("starts with a second byte-order mark; only the input's first bytes may be one.", Assert.Single(problem.Errors()).Message);

        var once = await BatchAsync(Bytes([.. Bom, .. Lines(Case("b-3"), [.. Bom, .. Case("b-4")])], "application/x-ndjson"));
        Assert.Equal("b-3", once[0].CaseId);
        Assert.True(once[0].IsValid);
        Assert.Contains("line 2 starts with a byte-order mark", Assert.Single(once[1].Errors).Message, StringComparison.Ordinal);

        var twice = await BatchAsync(Bytes([.. Bom, .. Bom, .. Lines(Case("b-5"), Case("b-6"))], "application/x-ndjson"));
        // The library's line rules, worded as the tool words them (one reader since issue 21).
        Assert.Equal("line 1 starts with a byte-order mark; only the input's first bytes may be one.", Assert.Single(twice[0].Errors).Message);
        Assert.True(twice[1].IsValid);
    }

    [Fact]
    public async Task A_whitespace_only_line_is_answered_as_an_empty_line()
    {
        var decisions = await BatchAsync(Bytes(Lines(Case("w-0"), Utf8(" \t "), Case("w-2")), "application/x-ndjson"));

        Assert.Equal("line 2 is empty: expected a case object.", Assert.Single(decisions[1].Errors).Message);
        Assert.Equal("w-2", decisions[2].CaseId);
    }

    // Finding 22: the host's own messages do not echo megabytes back.
    [Fact]
    public async Task A_megabyte_value_is_not_echoed_back_in_full()
    {
        var node = JsonNode.Parse(Http.CaseLine("echo"))!;
        node["region"] = new string('A', 500_000);

        var response = await client.PostCaseAsync(node.ToJsonString());
        var length = (await response.Content.ReadAsByteArrayAsync()).Length;
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("region", Assert.Single(problem.Errors()).Path);
        Assert.InRange(length, 1, 10_000);
    }

    // Finding 11: a host rule's defect is answered for that case alone.
    [Fact]
    public async Task A_case_whose_host_rule_throws_is_500_problem_naming_it_and_a_batch_answers_it_with_an_error()
    {
        using var faulty = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddBarsPolicy(o => o.AddRuleSet(typeof(FaultyForOneWebCase).Assembly))));
        using var faultyClient = faulty.CreateClient();

        var problem = await (await faultyClient.PostCaseAsync(Http.CaseLine(FaultyForOneWebCase.CaseId))).ProblemAsync(HttpStatusCode.InternalServerError);
        var error = Assert.Single(problem.Errors());
        Assert.Equal("$", error.Path);
        Assert.StartsWith("the policy could not be evaluated for this case: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(FaultyForOneWebCase.Message, error.Message, StringComparison.Ordinal);
        Assert.Equal(FaultyForOneWebCase.CaseId, problem["caseId"]?.GetValue<string>());

        var decisions = await BatchAsync(Bytes(Lines(Case("h-0"), Case(FaultyForOneWebCase.CaseId), Case("h-2")), "application/x-ndjson"), faultyClient);
        Assert.Equal(["h-0", FaultyForOneWebCase.CaseId, "h-2"], decisions.Select(d => d.CaseId));
        Assert.True(decisions[0].IsValid && decisions[2].IsValid);
        Assert.Contains(FaultyForOneWebCase.Message, Assert.Single(decisions[1].Errors).Message, StringComparison.Ordinal);
    }

    // Finding 13: no amplification by empty lines, a bound on lines.
    [Fact]
    public async Task A_body_of_newlines_is_not_answered_a_hundredfold()
    {
        var body = new byte[100_000];
        Array.Fill(body, (byte)'\n');

        var response = await client.PostAsync("/decisions/batch", Bytes(body, "application/x-ndjson"));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.InRange(text.Length, 1, body.Length / 2);
        var decisions = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(PolicyJson.ReadDecision).ToList();
        Assert.Equal(101, decisions.Count);
        Assert.Contains("line 101: the batch holds more than 100 empty lines", Assert.Single(decisions[^1].Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lines_past_the_bound_are_not_read_and_the_first_of_them_says_so()
    {
        using var small = factory.WithWebHostBuilder(b => b.UseSetting("Decisions:MaxBatchLines", "5"));
        using var smallClient = small.CreateClient();

        var decisions = await BatchAsync(Bytes(Lines([.. Enumerable.Range(0, 8).Select(i => Case($"n-{i}"))]), "application/x-ndjson"), smallClient);

        Assert.Equal(6, decisions.Count);
        Assert.All(decisions.Take(5), d => Assert.True(d.IsValid));
        Assert.Contains("line 6: the batch holds more than 5 lines", Assert.Single(decisions[5].Errors).Message, StringComparison.Ordinal);
    }

    // Finding 18: a stalled body still gets the answers of its complete lines (sent by hand: see RawBatch).
    [Fact]
    public async Task A_stalled_body_gets_the_answers_of_its_complete_lines_before_it_ends()
    {
        var (host, loopback) = Loopback.Start();
        using var _ = host;
        using var __ = loopback;

        using var batch = await RawBatch.StartAsync(loopback.BaseAddress!, Lines(Case("s-0"), Case("s-1")));

        // The body stalls here: the answers of its two complete lines come all the same.
        await batch.ReadUntilAsync("\"s-1\"");
        Assert.StartsWith("HTTP/1.1 200", batch.Received, StringComparison.Ordinal);
        Assert.Contains("\"s-0\"", batch.Received, StringComparison.Ordinal);
        Assert.DoesNotContain("\"s-2\"", batch.Received, StringComparison.Ordinal);

        await batch.ChunkAsync(Lines(Case("s-2")));
        await batch.EndAsync();
        await batch.ReadUntilAsync("0\r\n\r\n", atEnd: true);
        Assert.Contains("\"s-2\"", batch.Received, StringComparison.Ordinal);
    }

    // Finding 13: only so many batches at once; beyond the queue, 503.
    [Fact]
    public async Task Batches_beyond_the_concurrency_limit_and_its_queue_are_503_problem()
    {
        var (host, loopback) = Loopback.Start(("Decisions:MaxConcurrentBatches", "1"), ("Decisions:MaxQueuedBatches", "0"));
        using var _ = host;
        using var __ = loopback;
        using var holding = await RawBatch.StartAsync(loopback.BaseAddress!, Lines(Case("c-0")));
        await holding.ReadUntilAsync("\"c-0\""); // it holds the one permit

        var refused = await loopback.PostAsync("/decisions/batch", Bytes(Lines(Case("c-1")), "application/x-ndjson"));
        await refused.ProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.NotNull(refused.Headers.RetryAfter);

        await holding.EndAsync();
        await holding.ReadUntilAsync("0\r\n\r\n", atEnd: true);
        Assert.Equal(["c-2"], (await BatchAsync(Bytes(Lines(Case("c-2")), "application/x-ndjson"), loopback)).Select(d => d.CaseId));
    }
}
