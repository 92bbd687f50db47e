using System.Text.Json;

namespace Bars.Policy.Tests.Cli;

/// <summary><c>evaluate --why-not</c>, <c>evaluate --timeline</c> and <c>screen</c>: the explanations on the command line.</summary>
public sealed class ExplanationCommandTests
{
    [Fact]
    public void Why_not_prints_the_answer_as_json_for_the_young_applicant_sample()
    {
        var run = CliHarness.Run("evaluate", "--why-not", CliHarness.SamplePath("young-applicant.json"));

        Assert.Equal((0, ""), (run.ExitCode, run.Stderr));
        using var json = JsonDocument.Parse(run.Stdout);
        var q = json.RootElement.GetProperty("questions")[0];
        Assert.Equal(("enlistment", "Eligible from 2025-05-01, when aged 18 (C1)"), (q.GetProperty("outcome").GetString(), q.GetProperty("summary").GetString()));
        Assert.True(json.RootElement.GetProperty("evaluations").GetInt32() > 1);
        Assert.False(json.RootElement.GetProperty("exhausted").GetBoolean());
    }

    [Fact]
    public void Timeline_prints_the_dates_of_change_in_the_window()
    {
        var run = CliHarness.Run("evaluate", "--timeline", "2024-01-01..2026-12-31", "--compact", CliHarness.SamplePath("young-applicant.json"));

        Assert.Equal((0, ""), (run.ExitCode, run.Stderr));
        var line = Assert.Single(run.StdoutLines);
        using var json = JsonDocument.Parse(line);
        var entry = Assert.Single(json.RootElement.GetProperty("entries").EnumerateArray());
        Assert.Equal("2025-05-01", entry.GetProperty("date").GetString());
        Assert.Equal("Eligible", entry.GetProperty("changes")[0].GetProperty("after").GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("2024-01-01", "must be two dates written yyyy-MM-dd..yyyy-MM-dd")]
    [InlineData("2024-01-01..2024-02-30", "2024-02-30 does not exist: February 2024 has 29 days.")]
    [InlineData("2023-02-29..2024-01-01", "2023-02-29 does not exist: February 2023 has 28 days.")]
    [InlineData("2024-13-01..2025-01-01", "2024-13-01 is not a date: the month must be 01 to 12")]
    [InlineData("2024-1-01..2025-01-01", "must be two dates written yyyy-MM-dd..yyyy-MM-dd")]
    [InlineData("2026-01-01..2024-01-01", "ends before it starts")]
    public void A_bad_timeline_window_is_an_argument_error(string window, string message)
    {
        var run = CliHarness.Run("evaluate", "--timeline", window, CliHarness.SamplePath("young-applicant.json"));
        Assert.Equal((1, ""), (run.ExitCode, run.Stdout)); // the help is not printed to standard output either
        Assert.Contains(message, run.Stderr, StringComparison.Ordinal);
        Assert.EndsWith("Run 'bars-policy evaluate --help' for its options.\n", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(CliHarness.StackTraceMarker, run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Why_not_and_timeline_together_are_refused()
    {
        var run = CliHarness.Run("evaluate", "--why-not", "--timeline", "2024-01-01..2024-12-31", CliHarness.SamplePath("young-applicant.json"));
        Assert.Equal((1, ""), (run.ExitCode, run.Stdout));
        Assert.Contains("give one", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Why_not_of_an_unreadable_case_is_answered_with_its_errors_and_exit_2()
    {
        var run = CliHarness.RunWithStdin("""{"caseId":"x","nickname":1}""", "evaluate", "--why-not", "-");
        Assert.Equal(2, run.ExitCode);
        var decision = PolicyJson.ReadDecision(run.Stdout);
        Assert.Contains(decision.Errors, e => e.Path == "nickname");
    }

    [Fact]
    public void Screen_tells_a_person_what_is_certain_what_depends_and_what_to_ask_next()
    {
        var run = CliHarness.Run("screen", "--format", "text", CliHarness.SamplePath("screen-case.json"));

        Assert.Equal((0, ""), (run.ExitCode, run.Stderr));
        var lines = run.StdoutLines;
        Assert.Equal("Case sample-screen-1 — Kursk, as of 2024-10-01", lines[0]);
        Assert.Contains("Not known yet: healthRestriction, criminalConviction", lines);
        Assert.Contains("  RepayOneTimePayment: NotOwed (C11)", lines);
        Assert.Contains("  Enlistment: Eligible or Ineligible or Undetermined (SourceSilent) — depends on healthRestriction, criminalConviction", lines);
        // No contract: no entitlement whatever the answers (I7); the enlistment and the phase are open.
        Assert.Contains("  MonthlyPay: NotEntitled", lines);
        Assert.Contains("  1. healthRestriction: settles 1 of 2 open outcomes whichever the answer (yes: 2, no: 1); Enlistment, Service turn on it", lines);
        Assert.Contains("  2. criminalConviction: settles 0 of 2 open outcomes whichever the answer (yes: 0, no: 0); Enlistment turns on it", lines);
    }

    [Fact]
    public void Screen_writes_json_on_request()
    {
        var run = CliHarness.Run("screen", "--format", "json", CliHarness.SamplePath("screen-case.json"));
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal("healthRestriction", json.RootElement.GetProperty("nextQuestions")[0].GetProperty("fact").GetString());
        Assert.Equal(5, json.RootElement.GetProperty("evaluations").GetInt32());
    }

    [Fact]
    public void Screen_of_a_case_with_a_bad_unknown_list_names_the_entry_and_exits_2()
    {
        var run = CliHarness.RunWithStdin(
            """{"caseId":"x","region":"Kursk","asOf":"2024-10-01","applicant":{"birthDate":"1990-01-01","sex":"Male"},"unknown":["nickname"]}""", "screen", "--format", "text", "-");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("  - unknown[0]: 'nickname' is not an applicant fact that can be unknown", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(CliHarness.StackTraceMarker, run.Stdout + run.Stderr, StringComparison.Ordinal);
    }
}
