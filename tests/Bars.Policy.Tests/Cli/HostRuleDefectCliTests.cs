using Bars.Policy.Cli;
using Bars.Policy.Tests.Extension;
using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Cli;

/// <summary>Issue 11, finding 11: a host rule's defect is that case's answer in a batch, and the batch goes on.</summary>
public sealed class HostRuleDefectCliTests
{
    private static readonly Lazy<PolicyEngine> WithDefectiveRules = new(() => PolicyEngine.Create(o => o
        .AddRegion(HostRules.Testland)
        .AddRuleSet(typeof(DefectiveRules).Assembly)));

    [Fact]
    public void A_batch_answers_the_case_whose_host_rule_throws_with_an_error_naming_the_rule_and_answers_the_rest()
    {
        var lines = new[]
        {
            PolicyJson.Write(Cases.In(Regions.Bryansk) with { CaseId = "before" }),
            PolicyJson.Write(Cases.In(Regions.Bryansk) with { CaseId = DefectiveRules.ActionCaseId }),
            PolicyJson.Write(Cases.In(Regions.Bryansk) with { CaseId = "after" }),
        };
        using var input = Stdin.Of(string.Join("\n", lines) + "\n");
        using var output = new Stdout();
        using var error = new StringWriter();

        var exit = new CliApp(input, output, error, WithDefectiveRules.Value).Run(["batch", "-"]);

        var answers = CliResult.Lines(output.ToString()).Select(PolicyJson.ReadDecision).ToArray();
        Assert.Equal(3, answers.Length);
        Assert.True(answers[0].IsValid);
        Assert.True(answers[2].IsValid);
        Assert.False(answers[1].IsValid);
        Assert.Contains("Host.ThrowingAction", answers[1].Errors[0].Message, StringComparison.Ordinal);
        Assert.DoesNotContain(CliHarness.StackTraceMarker, error.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, exit);
    }

    [Fact]
    public void Evaluate_says_which_host_rule_failed_in_a_line_and_exits_1()
    {
        using var input = Stdin.Of(PolicyJson.Write(Cases.In(Regions.Bryansk) with { CaseId = DefectiveRules.ActionCaseId }));
        using var output = new Stdout();
        using var error = new StringWriter();

        var exit = new CliApp(input, output, error, WithDefectiveRules.Value).Run(["evaluate", "-"]);

        Assert.Equal(1, exit);
        Assert.Equal("", output.ToString());
        Assert.StartsWith("bars-policy: ", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Host.ThrowingAction", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(CliHarness.StackTraceMarker, error.ToString(), StringComparison.Ordinal);
    }
}
