using Bars.Policy.Parameters;
using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Termination;

/// <summary>C11: the repayment is the payment received; no payment is due to a non-member, so nothing is returned.</summary>
[KeepsDecisionsComplete]
[Name("Termination.NothingReceivedNothingToRepay")]
[Description("After an early termination, where no one-time payment is due (not a member), nothing is to be returned.")]
[Tag("C11")]
internal sealed class NothingReceivedNothingToRepay : Rule
{
    public override void Define()
    {
        EntitlementResult p = null!;
        When().Match(() => p,
            x => x.Kind == EntitlementKind.OneTimePayment,
            x => x.Status == EntitlementStatus.NotEntitled,
            x => x.Case.TerminatedEarly);
        Then().Do(ctx => Recorder.NotOwed(ctx, ObligationKind.RepayOneTimePayment, Claims.C11,
            "The contract was terminated early, but no one-time payment is due to the applicant, so nothing is to be returned."));
    }
}
