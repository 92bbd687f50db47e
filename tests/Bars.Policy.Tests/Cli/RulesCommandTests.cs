using System.Text.Json;
using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Cli;

/// <summary><c>bars-policy rules</c>: the catalogue, as Markdown (what docs/rules.md holds) or JSON.</summary>
public sealed class RulesCommandTests
{
    [Fact]
    public void Rules_as_markdown_prints_the_committed_catalogue()
    {
        var run = CliHarness.Run("rules", "--format", "md");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(File.ReadAllText(Repo.Path("docs", "rules.md")).ReplaceLineEndings("\n"), run.Stdout.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Rules_as_json_lists_every_rule_with_claims_and_the_claims_with_quotes()
    {
        var run = CliHarness.Run("rules", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Stdout);
        var rules = doc.RootElement.GetProperty("rules").EnumerateArray().ToArray();
        Assert.Equal(55, rules.Length);
        var monthly = rules.Single(r => r.GetProperty("name").GetString() == "Payment.MonthlyPayAtRegionalRate");
        Assert.Equal(["C8", "C9"], monthly.GetProperty("claims").EnumerateArray().Select(c => c.GetString()));
        Assert.Contains(doc.RootElement.GetProperty("claims").EnumerateArray(), c => c.GetProperty("id").GetString() == "C9" && c.GetProperty("quote").GetString()!.Contains("40,000"));
        Assert.Contains(doc.RootElement.GetProperty("readings").EnumerateArray(), r => r.GetProperty("id").GetString() == "I8" && r.GetProperty("words").GetString()!.Contains("the period it covers"));
        Assert.DoesNotContain(doc.RootElement.GetProperty("claims").EnumerateArray(), c => c.GetProperty("id").GetString()!.StartsWith('I'));
    }

    [Fact]
    public void Rules_with_an_unknown_format_is_refused()
    {
        var run = CliHarness.Run("rules", "--format", "pdf");
        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain(CliHarness.StackTraceMarker, run.Stderr, StringComparison.Ordinal);
    }
}
