using Bars.Policy.Parameters;
using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Service;

/// <summary>I7, I10: the case holds no contract: no phase of service, whatever the enlistment would be.</summary>
[KeepsDecisionsComplete]
[Name("Service.NoContract")]
[Description("A case with no contract (and not Ineligible) is in no phase of service: NoContract (I10).")]
[Tag("I7")]
[Tag("I10")]
internal sealed class NoContract : Rule
{
    public override void Define()
    {
        Membership m = null!;
        When().Match(() => m, x => x.Outcome != EnlistmentOutcome.Ineligible, x => !x.Case.HasContract);
        Then().Do(ctx => Recorder.Phase(ctx, ServicePhase.NoContract, null, null, null, Readings.I10NoContract,
            "No contract has been signed: service begins with training on a contract's first day.", Readings.I7NoContract));
    }
}
