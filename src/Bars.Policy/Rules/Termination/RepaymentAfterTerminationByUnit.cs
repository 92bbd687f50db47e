using Bars.Policy.Parameters;
using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Termination;

/// <summary>I13, C11: C11 speaks of a volunteer who decides to terminate; after a termination by the unit the source
/// says nothing of the payment.</summary>
[KeepsDecisionsComplete]
[Name("Termination.RepaymentAfterTerminationByUnit")]
[Description("After the unit terminated the contract early, whether the one-time payment is to be returned is Undetermined (source silent, I13).")]
[Tag("C11")]
[Tag("I13")]
internal sealed class RepaymentAfterTerminationByUnit : Rule
{
    public override void Define()
    {
        EntitlementResult p = null!;
        When().Match(() => p,
            x => x.Kind == EntitlementKind.OneTimePayment,
            x => x.Status == EntitlementStatus.Entitled,
            x => x.Case.TerminatedByUnit);
        Then().Do(ctx => Recorder.Undetermined(ctx, ObligationKind.RepayOneTimePayment, UndeterminedReason.SourceSilent, p.Case.Contract!.TerminatedEarlyOn, Readings.I13,
            Text(p.Case), Claims.C11));
    }

    internal static FindingText Text(CaseFacts c) => FindingText.Of(c, static c =>
        $"The unit terminated the contract early on {c.Contract!.TerminatedEarlyOn:yyyy-MM-dd}; the source's repayment is for a volunteer who decides to terminate, and it says nothing of a termination by the unit.");
}
