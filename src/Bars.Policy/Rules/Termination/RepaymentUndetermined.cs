using Bars.Policy.Parameters;
using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Termination;

/// <summary>C11: the repayment is the one-time payment; where that is open, so is the repayment.</summary>
[KeepsDecisionsComplete]
[Name("Termination.RepaymentUndetermined")]
[Description("After an early termination, where the one-time payment is Undetermined, so is its repayment, for the same reason.")]
[Tag("C11")]
[Tag("C10")]
internal sealed class RepaymentUndetermined : Rule
{
    public override void Define()
    {
        EntitlementResult p = null!;
        When().Match(() => p,
            x => x.Kind == EntitlementKind.OneTimePayment,
            x => x.Status == EntitlementStatus.Undetermined,
            x => x.Case.TerminatedEarly);
        Then().Do(ctx => Recorder.Undetermined(ctx, ObligationKind.RepayOneTimePayment, p.Decision.UndeterminedReason!.Value, p.Case.Contract!.TerminatedEarlyOn, Claims.C11,
            "The contract was terminated early and the full one-time payment must be returned, but the one-time payment itself is Undetermined."));
    }
}
