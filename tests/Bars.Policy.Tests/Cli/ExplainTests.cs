namespace Bars.Policy.Tests.Cli;

/// <summary><c>bars-policy evaluate --explain</c>: the decision told for a person.</summary>
public sealed class ExplainTests
{
    [Fact]
    public void Explain_tells_each_outcome_with_its_rules_claims_and_quotes()
    {
        var run = CliHarness.Run("evaluate", CliHarness.SamplePath("bryansk-case.json"), "--explain");
        Assert.Equal(0, run.ExitCode);
        var text = run.Stdout;
        Assert.Contains("Enlistment: Eligible, judged on 2024-09-01, the contract's start (I6)", text, StringComparison.Ordinal);
        Assert.Contains("MonthlyPay: Entitled 40,000 RUB per Month, from 2024-09-01 to 2025-08-31", text, StringComparison.Ordinal);
        // The finding now says the membership's days too (I8).
        Assert.Contains("1. Payment.MonthlyPayAtRegionalRate [C9]: Members in Bryansk earn 40,000 roubles per month; a member from 2024-09-01 to 2025-08-31.", text, StringComparison.Ordinal);
        Assert.Contains("“in Bryansk Oblast, the monthly rate is set at 40,000 rubles.”", text, StringComparison.Ordinal);
        Assert.Contains("InjuryCompensation: Undetermined (the source is silent)", text, StringComparison.Ordinal);
        Assert.Contains("RetainPublicPosition: NotApplicable (the question does not arise)", text, StringComparison.Ordinal);
        Assert.Contains("Service: Assigned, from 2024-09-22 to 2025-08-31 (training ends on 2024-09-21)", text, StringComparison.Ordinal);
        Assert.Contains("  Duties, while assigned to tasks:\n  - guarding critically important sites", text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("War zone deployment: Undetermined (the source is silent)", text, StringComparison.Ordinal);
        Assert.Contains("Service.WarZoneDeploymentUnanswered [C21]", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{", text, StringComparison.Ordinal);
    }

    private static string Case(string region, string asOf, string contract, string injuries = "[]", string birthDate = "1980-05-01") =>
        $$"""{"caseId":"t","region":"{{region}}","asOf":"{{asOf}}","applicant":{"birthDate":"{{birthDate}}","sex":"Male"},"contract":{{contract}},"injuries":{{injuries}}}""";

    [Fact]
    public void Explain_tells_a_status_for_good_and_a_repayment_from_the_termination_day()
    {
        var kursk = CliHarness.RunWithStdin(Case("Kursk", "2025-06-01", """{"months":12,"startDate":"2024-09-01"}""", """[{"date":"2024-10-15","onDuty":true}]"""), "evaluate", "-", "--explain");
        Assert.Equal(0, kursk.ExitCode);
        Assert.Contains("InjuryCompensation: Entitled 3,000,000 RUB once, from 2024-10-15 for good", kursk.Stdout, StringComparison.Ordinal);
        Assert.Contains("CombatVeteranStatus: Entitled, from 2024-09-01 for good", kursk.Stdout, StringComparison.Ordinal);

        var bryansk = CliHarness.RunWithStdin(Case("Bryansk", "2025-04-01", """{"months":12,"startDate":"2024-09-01","terminatedEarlyOn":"2025-01-01"}"""), "evaluate", "-", "--explain");
        Assert.Equal(0, bryansk.ExitCode);
        Assert.Contains("RepayOneTimePayment: Owed 300,000 RUB, from 2025-01-01", bryansk.Stdout, StringComparison.Ordinal);
        Assert.Contains("MonthlyPay: NotEntitled", bryansk.Stdout, StringComparison.Ordinal);
        Assert.Contains("Service: TerminatedEarly, from 2025-01-01", bryansk.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Duties", bryansk.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_without_a_contract_says_enlistment_was_judged_on_the_evaluation_date()
    {
        var run = CliHarness.RunWithStdin(Case("Bryansk", "2024-10-01", "null"), "evaluate", "-", "--explain");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Enlistment: Eligible, judged on 2024-10-01, the evaluation date: the case has no contract (I6)", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Service: NoContract", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Duties", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_of_a_case_that_cannot_be_read_says_its_region_and_date_as_given()
    {
        // The decision of a case that does not read holds its caseId only; the explanation still names the case.
        var run = CliHarness.RunWithStdin("""{"caseId":"x","region":"Kursk","asOf":"2024-10-01","applicant":{"birthDate":"1980-01-01","sex":"Mle"}}""", "evaluate", "-", "--explain");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Case x — Kursk, as of 2024-10-01", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("(no region)", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("(no date)", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_of_an_invalid_case_lists_its_errors_and_exits_2()
    {
        var run = CliHarness.RunWithStdin("{\"caseId\":\"x\",\"region\":\"Moscow\"}", "evaluate", "-", "--explain");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("The case could not be evaluated:", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("- region: 'Moscow' is not a known region", run.Stdout, StringComparison.Ordinal);
    }
}
