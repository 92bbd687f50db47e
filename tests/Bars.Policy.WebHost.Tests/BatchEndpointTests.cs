using System.Net;
using System.Text;
using Bars.Policy.WebHost.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Bars.Policy.WebHost.Tests;

/// <summary><c>POST /decisions/batch</c>: JSON Lines in, JSON Lines out.</summary>
public sealed class BatchEndpointTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Five_lines_with_a_malformed_middle_line_answer_five_lines_in_order()
    {
        var lines = new[] { Http.CaseLine("b-0"), Http.CaseLine("b-1"), "{\"caseId\": \"b-2\", \"region\": ", Http.CaseLine("b-3"), Http.CaseLine("b-4") };

        var decisions = await DecideAsync(string.Join('\n', lines) + "\n");

        Assert.Equal(5, decisions.Count);
        Assert.Equal(["b-0", "b-1", "b-2", "b-3", "b-4"], decisions.Select(d => d.CaseId));
        Assert.All(decisions.Where((_, i) => i != 2), d => Assert.True(d.IsValid));
        Assert.All(decisions.Where((_, i) => i != 2), d => Assert.Equal(40000m, d.Entitlement(EntitlementKind.MonthlyPay).AmountRub));
        var bad = decisions[2];
        Assert.False(bad.IsValid);
        Assert.Contains("is not valid JSON", Assert.Single(bad.Errors).Message, StringComparison.Ordinal);
        Assert.Null(bad.Enlistment);
    }

    [Fact]
    public async Task Each_line_is_answered_as_EvaluateJson_answers_it()
    {
        var engine = PolicyEngine.CreateDefault();
        var lines = new[]
        {
            Http.CaseLine("e-0"),
            Http.CaseLine("e-1").Replace("Bryansk", "Atlantis", StringComparison.Ordinal),
            Http.CaseLine("e-2").Replace("\"sex\":\"Female\"", "\"sex\":\"Female\",\"shoeSize\":44", StringComparison.Ordinal),
            "{\"caseId\":\"e-3\",\"region\":7}",
        };

        var response = await client.PostLinesAsync(string.Join('\n', lines));

        var answered = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // Each as the library's batch answers it (EvaluateJson's decision, its errors naming its line: issue 25, finding 13).
        var library = await engine.EvaluateMany(BatchInput.JsonLines(new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', lines)))), r => PolicyJson.Write(r.Decision)).ToListAsync();
        Assert.Equal(library, answered);
        Assert.Equal(lines.Select(l => engine.EvaluateJson(l).CaseId), library.Select(a => PolicyJson.ReadDecision(a).CaseId));
        Assert.All(library.Skip(1), (a, i) => Assert.All(PolicyJson.ReadDecision(a).Errors, e => Assert.Matches($@"\bline {i + 2}\b", e.Message)));
    }

    [Fact]
    public async Task Many_lines_keep_their_order_across_the_engine_window()
    {
        var lines = Enumerable.Range(0, 700).Select(i => i % 97 == 5 ? "{oops" : Http.CaseLine($"m-{i}")).ToList();

        var decisions = await DecideAsync(string.Join("\r\n", lines));

        Assert.Equal(700, decisions.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            if (i % 97 == 5)
            {
                Assert.False(decisions[i].IsValid);
            }
            else
            {
                Assert.Equal($"m-{i}", decisions[i].CaseId);
                Assert.True(decisions[i].IsValid);
            }
        }
    }

    [Fact]
    public async Task Empty_line_is_answered_with_an_error_like_the_cli()
    {
        var decisions = await DecideAsync(Http.CaseLine("x-0") + "\n\n" + Http.CaseLine("x-2") + "\n");

        Assert.Equal(3, decisions.Count);
        Assert.Contains("line 2 is empty", Assert.Single(decisions[1].Errors).Message, StringComparison.Ordinal);
        Assert.Equal("x-2", decisions[2].CaseId);
    }

    [Fact]
    public async Task Empty_body_is_400_problem()
    {
        await (await client.PostLinesAsync("")).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Line_longer_than_the_case_limit_is_answered_with_an_error_and_the_batch_goes_on()
    {
        using var small = factory.WithWebHostBuilder(b => b.UseSetting("Decisions:MaxCaseBytes", "2000"));
        using var smallClient = small.CreateClient();
        var body = Http.CaseLine("l-0") + "\n" + new string('x', 100_000) + "\n" + Http.CaseLine("l-2") + "\n";

        var response = await smallClient.PostAsync("/decisions/batch", new Http.Unsized(Encoding.UTF8.GetBytes(body), "application/x-ndjson"));

        var decisions = Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(["l-0", null, "l-2"], decisions.Select(d => d.CaseId));
        Assert.Equal("line 2 is longer than 2,000 bytes.", Assert.Single(decisions[1].Errors).Message);
    }

    [Fact]
    public async Task Oversize_batch_is_413_problem()
    {
        using var small = factory.WithWebHostBuilder(b => b.UseSetting("Decisions:MaxBatchBytes", "10000"));
        using var smallClient = small.CreateClient();
        var body = string.Join('\n', Enumerable.Range(0, 40).Select(i => Http.CaseLine($"o-{i}")));

        await (await smallClient.PostLinesAsync(body)).ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        await (await smallClient.PostAsync("/decisions/batch", new Http.Unsized(Encoding.UTF8.GetBytes(body), "application/x-ndjson")))
            .ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    private async Task<List<PolicyDecision>> DecideAsync(string body)
    {
        var response = await client.PostLinesAsync(body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        return Parse(text);
    }

    private static List<PolicyDecision> Parse(string jsonLines)
    {
        Assert.EndsWith("\n", jsonLines, StringComparison.Ordinal);
        return jsonLines.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(PolicyJson.ReadDecision).ToList();
    }
}
