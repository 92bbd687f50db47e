using Bars.Policy.Tests.Extension;
using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Sequential;

/// <summary>A host rule's defect surfaces the same way in both executions: the same exception, rule, case, message
/// and cause, whether its action threw, a condition threw (also one on a fact another rule inserts), or it clashed.</summary>
public sealed class ExecutionFailureTests
{
    public static TheoryData<string, string> Defects => new()
    {
        { Regions.Bryansk, DefectiveRules.ActionCaseId },
        { Regions.Kursk, DefectiveRules.ConditionCaseId },
        { Regions.Belgorod, DefectiveRules.MembershipConditionCaseId },
        { Regions.Bryansk, ClashRules.CaseId },
    };

    [Theory]
    [MemberData(nameof(Defects))]
    public void Both_executions_fail_alike(string region, string caseId)
    {
        var (_, sequential, rete) = ExecutionEngines.All.Single(e => e.Name == "test host");
        Assert.Equal(PolicyExecution.Sequential, sequential.ExecutionOf(region).Execution);
        var c = Cases.In(region, contract: Cases.Contract(months: 12)) with { CaseId = caseId };

        var expected = Assert.Throws<PolicyEvaluationException>(() => rete.Evaluate(c));
        var actual = Assert.Throws<PolicyEvaluationException>(() => sequential.Evaluate(c));
        Assert.Equal(
            (expected.RuleName, expected.CaseId, expected.Message, expected.InnerException?.GetType(), expected.InnerException?.Message),
            (actual.RuleName, actual.CaseId, actual.Message, actual.InnerException?.GetType(), actual.InnerException?.Message));
        Assert.NotNull(actual.RuleName);
    }
}
