using System.Text.Json;
using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Catalog;

/// <summary>The catalogue through the public API: <c>engine.Describe()</c>, rendered as Markdown and as JSON.</summary>
public sealed class DescribeTests
{
    [Fact]
    public void Describe_as_markdown_is_the_committed_docs_rules_md()
    {
        var committed = File.ReadAllText(Repo.Path("docs", "rules.md")).ReplaceLineEndings("\n");
        Assert.True(TestEngine.Instance.Describe().ToMarkdown() == committed, "engine.Describe().ToMarkdown() differs from docs/rules.md.");
    }

    [Fact]
    public void Describe_as_json_lists_every_rule_claim_parameter_and_silence()
    {
        var catalog = TestEngine.Instance.Describe();

        using var doc = JsonDocument.Parse(PolicyJson.Write(catalog));
        var root = doc.RootElement;
        Assert.Equal(catalog.Rules.Count, root.GetProperty("rules").GetArrayLength());
        Assert.Equal(catalog.Claims.Count, root.GetProperty("claims").GetArrayLength());
        Assert.Equal(catalog.Parameters.Count, root.GetProperty("parameters").GetArrayLength());
        Assert.Equal(catalog.Silences.Count, root.GetProperty("silences").GetArrayLength());
        Assert.Equal(0, root.GetProperty("disabledRules").GetArrayLength());

        var monthly = root.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("name").GetString() == "Payment.MonthlyPayAtRegionalRate");
        Assert.Equal("Payment", monthly.GetProperty("area").GetString());
        Assert.Equal(["MonthlyPayRub"], monthly.GetProperty("parameters").EnumerateArray().Select(p => p.GetString()));
        var silence = root.GetProperty("silences").EnumerateArray().First();
        Assert.Contains(silence.GetProperty("reason").GetString(), Enum.GetNames<UndeterminedReason>());
    }

    [Fact]
    public void Catalogue_json_is_one_line_unless_indented()
    {
        var catalog = TestEngine.Instance.Describe();

        var compact = PolicyJson.Write(catalog);
        var indented = PolicyJson.Write(catalog, indented: true);

        Assert.DoesNotContain('\n', compact);
        Assert.Contains('\n', indented);
        Assert.Equal(JsonSerializer.Serialize(JsonDocument.Parse(compact).RootElement), JsonSerializer.Serialize(JsonDocument.Parse(indented).RootElement));
    }
}
