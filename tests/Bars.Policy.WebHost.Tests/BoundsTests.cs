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

        var errors = problem.Errors();
        Assert.Equal(100, errors.Count);
        Assert.Equal("injuries[0]", errors[0].Path);
        var more = problem["moreErrors"]!.GetValue<int>();
        Assert.True(more >= 4_900, $"moreErrors is {more}");
        Assert.Contains($"{100 + more} errors", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
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
        while ((refused = await loopback.PostCaseAsync(Http.CaseLine("other"))).StatusCode == HttpStatusCode.OK && ++tries < 50) await Task.Delay(100);
        var problem = await refused.ProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Contains("cases", problem["title"]!.GetValue<string>(), StringComparison.Ordinal);

        await holding.SendRawAsync(body[10..]);
        await holding.ReadUntilAsync("\"held\"");
        Assert.StartsWith("HTTP/1.1 200", holding.Received, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await loopback.PostCaseAsync(Http.CaseLine("after"))).StatusCode);
    }
}
