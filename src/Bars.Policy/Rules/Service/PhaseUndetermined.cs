using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Service;

/// <summary>I4, C4: while the enlistment is Undetermined, so is the phase of service, for the same reason.</summary>
[KeepsDecisionsComplete]
[Name("Service.PhaseUndetermined")]
[Description("When the enlistment outcome under a contract is Undetermined, the phase of service is Undetermined for the same reason, with no duties (I4).")]
[Tag("C4")]
[Tag("I4")]
internal sealed class PhaseUndetermined() : OutsideServiceRule(
    ServicePhase.Undetermined,
    "Whether the applicant may join is Undetermined, and so is whether they train or are assigned to tasks (I4).")
{
    protected override System.Linq.Expressions.Expression<Func<Membership, bool>> Applies =>
        x => x.Outcome == EnlistmentOutcome.Undetermined && x.Case.HasContract;
}
