using System.Text.Json;

namespace Bars.Policy.Tests.Cli;

/// <summary>
/// Issue 22, point 6: <c>evaluate</c> and <c>screen</c> judge a case under a reform file (the configuration
/// <c>compare --reform</c> uses), and the questions of an invalid case list every error in one round.
/// </summary>
public sealed class EvaluateUnderReformTests
{
    [Fact]
    public void Evaluate_under_the_sample_reform_pays_its_rate_and_cites_it()
    {
        var shipped = Pay(CliHarness.Run("evaluate", "--format", "json", CliHarness.SamplePath("bryansk-case.json")));
        var reformed = Pay(CliHarness.Run("evaluate", "--format", "json", "--reform", CliHarness.SamplePath("reform.json"), CliHarness.SamplePath("bryansk-case.json")));

        Assert.Equal((40_000m, "C9"), shipped);
        Assert.Equal((60_000m, "Example reform A (fictitious)"), reformed);
    }

    [Fact]
    public void Evaluate_equals_the_library_under_the_same_parameters()
    {
        var run = CliHarness.Run("evaluate", "--format", "json", "--compact", "--reform", CliHarness.SamplePath("reform.json"), CliHarness.SamplePath("bryansk-case.json"));
        var engine = PolicyEngine.Create(o =>
        {
            var citation = new SourceCitation("Example reform A (fictitious)", "Bryansk's monthly rate rises to 60,000 roubles.");
            o.Parameters.Set(Regions.Bryansk, Parameter.MonthlyPayRub, 60_000m, new DateOnly(2024, 1, 1), citation);
            o.Parameters.Set(Regions.Kursk, Parameter.MonthlyPayRub, 50_000m, new DateOnly(2024, 1, 1), new SourceCitation("Example reform A (fictitious)", "Kursk members are paid 50,000 roubles a month."));
        });

        var expected = PolicyJson.Write(engine.EvaluateJson(File.ReadAllText(CliHarness.SamplePath("bryansk-case.json"))));
        Assert.Equal((0, expected), (run.ExitCode, run.Stdout.TrimEnd('\n')));
    }

    [Fact]
    public void Screen_and_timeline_take_the_reform_too()
    {
        var timeline = CliHarness.Run("evaluate", "--format", "json", "--timeline", "2024-01-01..2026-12-31", "--reform", CliHarness.SamplePath("reform.json"), CliHarness.SamplePath("bryansk-case.json"));
        Assert.Equal(0, timeline.ExitCode);
        Assert.Contains("60000", timeline.Stdout, StringComparison.Ordinal);

        // The screened applicant is 34: under a reform that takes Kursk's maximum age to 30, her enlistment is certain.
        using var temp = new TempFolder();
        var reform = temp.Write("age.json", """
            { "parameters": [ { "region": "Kursk", "parameter": "MaximumAge", "value": 30, "effectiveFrom": "2024-01-01",
              "citation": { "id": "Test reform", "quote": "Kursk accepts volunteers up to 30." } } ] }
            """);
        var shipped = CliHarness.Run("screen", "--format", "text", CliHarness.SamplePath("screen-case.json"));
        var screen = CliHarness.Run("screen", "--format", "text", "--reform", reform, CliHarness.SamplePath("screen-case.json"));
        Assert.Equal((0, ""), (screen.ExitCode, screen.Stderr));
        Assert.DoesNotContain("Enlistment: Ineligible", shipped.Stdout, StringComparison.Ordinal);
        Assert.Contains("Enlistment: Ineligible (Test reform, C1, C12)", screen.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reform_that_cannot_be_read_is_an_error_naming_it()
    {
        using var temp = new TempFolder();
        var reform = temp.Write("broken.json", "[");
        var run = CliHarness.Run("evaluate", "--reform", reform, CliHarness.SamplePath("bryansk-case.json"));

        Assert.Equal((1, ""), (run.ExitCode, run.Stdout));
        Assert.Contains($"the reform '{reform}' cannot be used: it is not valid JSON", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_reform_and_the_case_cannot_both_be_standard_input()
    {
        var run = CliHarness.RunWithStdin("{}", "evaluate", "--reform", "-", "-");
        Assert.Equal((1, ""), (run.ExitCode, run.Stdout));
        Assert.Contains("cannot both be standard input", run.Stderr, StringComparison.Ordinal);
    }

    // Before: a type error (sex) hid the value errors (birth after the start, a negative duration) until fixed.
    [Theory]
    [InlineData("evaluate", "--why-not")]
    [InlineData("evaluate", "--timeline=2024-01-01..2025-01-01")]
    [InlineData("screen", null)]
    public void A_question_of_an_invalid_case_lists_every_error_in_one_round(string command, string? question)
    {
        const string Case = """{"caseId":"x","region":"Kursk","asOf":"2025-01-01","applicant":{"birthDate":"2030-01-01","sex":"male"},"contract":{"start":"2024-01-01","durationMonths":-3}}""";
        string[] args = question is null ? [command, "--format", "json", "-"] : [command, question, "--format", "json", "-"];
        var run = CliHarness.RunWithStdin(Case, args);
        var decided = CliHarness.RunWithStdin(Case, "evaluate", "--format", "json", "-");

        Assert.Equal(2, run.ExitCode);
        var paths = Paths(run.Stdout);
        Assert.Contains("applicant.sex", paths);
        Assert.Contains("applicant.birthDate", paths);
        Assert.Equal(Paths(decided.Stdout), paths);
    }

    private static (decimal Amount, string Claim) Pay(CliResult run)
    {
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var pay = json.RootElement.GetProperty("entitlements").EnumerateArray().Single(e => e.GetProperty("kind").GetString() == "MonthlyPay");
        return (pay.GetProperty("amountRub").GetDecimal(), pay.GetProperty("findings")[0].GetProperty("claims")[0].GetString()!);
    }

    private static string[] Paths(string stdout)
    {
        using var json = JsonDocument.Parse(stdout);
        return [.. json.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()!)];
    }
}
