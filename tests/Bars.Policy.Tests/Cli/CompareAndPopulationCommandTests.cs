using System.Text.Json;

namespace Bars.Policy.Tests.Cli;

/// <summary><c>bars-policy population</c> and <c>bars-policy compare</c>.</summary>
public sealed class CompareAndPopulationCommandTests
{
    // Issue 23: a population judged on one budget date, the same people as the spread one.
    [Theory]
    [InlineData("uniform")]
    [InlineData("plausible")]
    public void Population_as_of_one_date_judges_every_case_on_it_and_keeps_the_people(string profile)
    {
        var spread = CliHarness.Run("population", "--size", "500", "--seed", "3", "--profile", profile).StdoutLines
            .Select(l => PolicyJson.ReadCase(l).Case!).ToArray();
        var run = CliHarness.Run("population", "--size", "500", "--seed", "3", "--profile", profile, "--as-of", "2025-01-01");
        Assert.Equal((0, ""), (run.ExitCode, run.Stderr));
        var dated = run.StdoutLines.Select(l => PolicyJson.ReadCase(l)).ToArray();

        Assert.All(dated, r => Assert.Empty(r.Errors));
        Assert.All(dated, r => Assert.Equal(new DateOnly(2025, 1, 1), r.Case!.AsOf));
        Assert.Equal(spread.Select(c => (c.CaseId, c.Region, c.Applicant!.Sex, c.Contract?.Months)), dated.Select(r => (r.Case!.CaseId, r.Case.Region, r.Case.Applicant!.Sex, r.Case.Contract?.Months)));
        // Every phase of a contract's lifecycle is met around the one date: not started, in force, over.
        var contracts = dated.Select(r => r.Case!.Contract).OfType<Contract>().ToArray();
        Assert.Contains(contracts, c => c.StartDate > new DateOnly(2025, 1, 1));
        Assert.Contains(contracts, c => c.StartDate <= new DateOnly(2025, 1, 1) && ContractTerm.OfMonths(c.StartDate!.Value, c.Months!.Value)!.End >= new DateOnly(2025, 1, 1));
        Assert.Contains(contracts, c => ContractTerm.OfMonths(c.StartDate!.Value, c.Months!.Value)!.End < new DateOnly(2025, 1, 1));
    }

    [Theory]
    [InlineData("2025-02-29", "--as-of '2025-02-29': 2025-02-29 does not exist: February 2025 has 28 days.")]
    [InlineData("2025/01/01", "--as-of '2025/01/01' must be a date written yyyy-MM-dd")]
    public void Population_as_of_a_day_that_is_not_one_is_refused(string day, string message)
    {
        var run = CliHarness.Run("population", "--size", "1", "--as-of", day);
        Assert.Equal((1, ""), (run.ExitCode, run.Stdout));
        Assert.Contains(message, run.Stderr, StringComparison.Ordinal);
    }

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
        var cost = summary.RootElement.GetProperty("cost");
        Assert.True(cost.GetProperty("costAfterRub").GetDecimal() > cost.GetProperty("costBeforeRub").GetDecimal());
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

    [Theory]
    [InlineData("3")]
    [InlineData("\"monthlypayrub\"")]
    [InlineData("\"MonthlyPayRub, MinimumAge\"")]
    [InlineData("\" MonthlyPayRub\"")]
    public void Compare_with_a_reform_parameter_that_is_not_a_name_is_refused(string parameter)
    {
        using var temp = new TempFolder();
        var reform = temp.Write("reform.json", "{ \"parameters\": [ { \"region\": \"Kursk\", \"parameter\": " + parameter
            + ", \"value\": 1, \"effectiveFrom\": \"2024-01-01\", \"citation\": { \"id\": \"x\", \"quote\": \"y\" } } ] }");

        var run = CliHarness.Run("compare", "--reform", reform, temp.Write("cases.jsonl", ""));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("$.parameters[0].parameter must be one of: MinimumAge, MaximumAge", run.Stderr, StringComparison.Ordinal);
        Assert.Equal("", run.Stdout);
        Assert.DoesNotContain(CliHarness.StackTraceMarker, run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_with_a_reform_field_the_format_does_not_have_is_refused()
    {
        using var temp = new TempFolder();
        var reform = temp.Write("reform.json", File.ReadAllText(CliHarness.SamplePath("reform.json")).Replace("\"effectiveTo\"", "\"effectiveUntil\"", StringComparison.Ordinal));

        var run = CliHarness.Run("compare", "--reform", reform, temp.Write("cases.jsonl", ""));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("effectiveUntil", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("lots")]
    public void Population_with_a_size_below_0_or_not_a_number_is_refused(string size)
    {
        var run = CliHarness.Run("population", "--size", size);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--size", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(CliHarness.StackTraceMarker, run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("gen-", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Population_to_a_file_that_cannot_be_created_says_so_and_exits_1()
    {
        using var temp = new TempFolder();
        var output = Path.Combine(temp.Path, "no-such-folder", "cases.jsonl");

        var run = CliHarness.Run("population", "--size", "3", "-o", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"bars-policy: cannot write '{output}'", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(CliHarness.StackTraceMarker, run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Population_to_a_file_matches_population_to_standard_output()
    {
        using var temp = new TempFolder();
        var output = temp.File("cases.jsonl");

        var toFile = CliHarness.Run("population", "--size", "50", "--seed", "3", "-o", output);
        var toStdout = CliHarness.Run("population", "--size", "50", "--seed", "3");

        Assert.Equal(0, toFile.ExitCode);
        Assert.Equal("", toFile.Stdout);
        Assert.Equal(toStdout.Stdout, File.ReadAllText(output));
        Assert.Equal(SyntheticCases.Valid(50, seed: 3).Select(c => PolicyJson.Write(c)), CliResult.Lines(toStdout.Stdout));
    }
}
