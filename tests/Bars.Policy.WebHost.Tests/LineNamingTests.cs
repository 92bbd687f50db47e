using System.Text;
using System.Text.Json.Nodes;
using Bars.Policy.WebHost.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Bars.Policy.WebHost.Tests;

/// <summary>Finding 13 (issue 25): each error of a batch line names that line, whatever kind of error it is.</summary>
public sealed class LineNamingTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Bad_JSON_a_field_error_a_validation_error_and_invalid_UTF8_each_name_their_line()
    {
        var wrongType = JsonNode.Parse(Http.CaseLine("l-3"))!;
        wrongType["injuries"] = 5;
        var unknownRegion = JsonNode.Parse(Http.CaseLine("l-4"))!;
        unknownRegion["region"] = "Atlantis";
        var notUtf8 = Encoding.UTF8.GetBytes(Http.CaseLine("l-X"));
        notUtf8[Array.IndexOf(notUtf8, (byte)'X')] = 0xFF;
        byte[] body = [.. Encoding.UTF8.GetBytes(Http.CaseLine("l-1") + "\n{\"caseId\": nope}\n" + wrongType.ToJsonString() + "\n" + unknownRegion.ToJsonString() + "\n"), .. notUtf8, (byte)'\n'];

        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/x-ndjson");
        var text = await (await client.PostAsync("/decisions/batch", content)).Content.ReadAsStringAsync();
        var decisions = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(PolicyJson.ReadDecision).ToList();

        Assert.Equal(5, decisions.Count);
        Assert.StartsWith("is not valid JSON at line 2, column", Assert.Single(decisions[1].Errors).Message, StringComparison.Ordinal);
        for (var line = 3; line <= 5; line++)
        {
            Assert.All(decisions[line - 1].Errors, e => Assert.Matches($@"\bline {line}\b", e.Message));
        }
    }

    [Fact]
    public async Task The_library_batch_names_the_line_too()
    {
        var engine = PolicyEngine.CreateDefault();
        var unknownRegion = JsonNode.Parse(Http.CaseLine("e-2"))!;
        unknownRegion["region"] = "Atlantis";
        var results = await engine.EvaluateMany(BatchInput.JsonLines(new[] { Http.CaseLine("e-0"), "{\"caseId\": nope}", unknownRegion.ToJsonString() }.Select(l => (ReadOnlyMemory<byte>)System.Text.Encoding.UTF8.GetBytes(l)).ToAsyncEnumerable()), r => r).ToListAsync();

        Assert.StartsWith("is not valid JSON at line 2, column", Assert.Single(results[1].Decision.Errors).Message, StringComparison.Ordinal);
        Assert.All(results[2].Decision.Errors, e => Assert.Matches(@"\bline 3\b", e.Message));
    }
}
