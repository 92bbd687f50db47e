using Bars.Policy.Tests.Extension;
using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Sequential;

/// <summary>
/// A thread keeps its last sequential run and decision sheet for the next case (they are cleared, not reallocated).
/// Nothing of one case may reach the next: not after a run that threw part-way (its sheet half filled, its agenda
/// not empty), not across regions whose plans differ in size. Rete makes a fresh session per case, so it is the
/// yardstick.
/// </summary>
public sealed class ReusedRunTests
{
    [Theory]
    [MemberData(nameof(ExecutionFailureTests.Defects), MemberType = typeof(ExecutionFailureTests))]
    public void A_case_after_a_failed_run_is_decided_as_if_first(string region, string caseId)
    {
        var (_, sequential, rete) = ExecutionEngines.All.Single(e => e.Name == "test host");
        var contract = Cases.Contract(months: 12);
        var defect = Cases.In(region, contract: contract) with { CaseId = caseId };
        var next = Cases.In(region, contract: contract) with { CaseId = "after-the-defect" };

        var expected = PolicyJson.Write(rete.Evaluate(next));
        sequential.Evaluate(next); // this thread now has a spare run and sheet
        Assert.Throws<PolicyEvaluationException>(() => sequential.Evaluate(defect));
        Assert.Equal(expected, PolicyJson.Write(sequential.Evaluate(next)));
    }

    [Fact]
    public void Cases_of_every_region_in_turn_on_one_thread_are_decided_as_if_alone()
    {
        var (_, sequential, rete) = ExecutionEngines.All.Single(e => e.Name == "test host");
        var cases = Bars.Policy.Synthetic.SyntheticCases.Valid(300, seed: 11).ToArray();
        var expected = cases.Select(c => PolicyJson.Write(rete.Evaluate(c))).ToArray();

        // Twice over, so that each case meets a run and a sheet another region's case used last.
        for (var round = 0; round < 2; round++)
        {
            Assert.Equal(expected, cases.Select(c => PolicyJson.Write(sequential.Evaluate(c))).ToArray());
        }
    }
}
