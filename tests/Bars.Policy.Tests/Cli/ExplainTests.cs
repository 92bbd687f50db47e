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
        Assert.Contains("Enlistment: Eligible", text, StringComparison.Ordinal);
        Assert.Contains("MonthlyPay: Entitled 40,000 RUB per Month", text, StringComparison.Ordinal);
        Assert.Contains("1. Payment.MonthlyPayAtRegionalRate [C9]: Members in Bryansk earn 40,000 roubles per month.", text, StringComparison.Ordinal);
        Assert.Contains("“in Bryansk Oblast, the monthly rate is set at 40,000 rubles.”", text, StringComparison.Ordinal);
        Assert.Contains("InjuryCompensation: Undetermined (the source is silent)", text, StringComparison.Ordinal);
        Assert.Contains("Service: Assigned (training ends on 2024-09-21)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{", text, StringComparison.Ordinal);
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
