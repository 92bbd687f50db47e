using System.Text.Json;

namespace Bars.Policy.Tests.Cli;

/// <summary><c>bars-policy population</c> and <c>bars-policy compare</c>.</summary>
public sealed class CompareAndPopulationCommandTests
{
    [Fact]
    public void Population_is_deterministic_by_seed_and_every_case_is_valid()
    {
        var a = CliHarness.Run("population", "--size", "200", "--seed", "9");
        var b = CliHarness.Run("population", "--size", "200", "--seed", "9");
        var c = CliHarness.Run("population", "--size", "200", "--seed", "10");
        Assert.Equal(0, a.ExitCode);
        Assert.Equal(a.Stdout, b.Stdout);
        Assert.NotEqual(a.Stdout, c.Stdout);
        var lines = CliResult.Lines(a.Stdout);
        Assert.Equal(200, lines.Length);
        Assert.All(lines, l => Assert.True(Support.TestEngine.Instance.EvaluateJson(l).IsValid, l));
    }

    [Fact]
    public void Compare_prints_the_summary_and_writes_changes_and_markdown()
    {
        using var temp = new TempFolder();
        var population = CliHarness.Run("population", "--size", "300", "--seed", "4");
        var cases = temp.Write("cases.jsonl", population.Stdout + "{\"broken\n");
        var changes = temp.File("changes.jsonl");
        var markdown = temp.File("summary.md");

        var run = CliHarness.Run("compare", "--reform", CliHarness.SamplePath("reform.json"), cases, "--changes", changes, "--markdown", markdown);

        Assert.Equal(0, run.ExitCode);
        using var summary = JsonDocument.Parse(run.Stdout);
        Assert.Equal(301, summary.RootElement.GetProperty("cases").GetInt64());
        Assert.Equal(1, summary.RootElement.GetProperty("invalid").GetInt64());
        var changed = summary.RootElement.GetProperty("casesChanged").GetInt64();
        Assert.True(changed > 0);
        Assert.Equal(changed, CliResult.Lines(File.ReadAllText(changes)).Length);
        Assert.True(summary.RootElement.GetProperty("totalCostAfterRub").GetDecimal() > summary.RootElement.GetProperty("totalCostBeforeRub").GetDecimal());
        Assert.Contains("| **All** |", File.ReadAllText(markdown), StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_with_a_reform_that_cannot_be_used_says_why_and_exits_1()
    {
        using var temp = new TempFolder();
        var reform = temp.Write("reform.json", "{ \"parameters\": [ { \"region\": \"Kursk\", \"parameter\": \"MonthlyPayRub\", \"value\": 1, \"effectiveFrom\": \"2024-01-01\" } ] }");
        var run = CliHarness.Run("compare", "--reform", reform, temp.Write("cases.jsonl", ""));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no citation", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(CliHarness.StackTraceMarker, run.Stderr, StringComparison.Ordinal);
    }
}
