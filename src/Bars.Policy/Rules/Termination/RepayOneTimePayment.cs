using Bars.Policy.Parameters;
using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Termination;

/// <summary>C11 (with C10): a volunteer who terminates early returns the full one-time payment.</summary>
[KeepsDecisionsComplete]
[Name("Termination.RepayOneTimePayment")]
[Description("A volunteer who terminates the contract early (I13: the default) must return the full one-time payment, from the termination's day.")]
[Tag("C11")]
[Tag("C10")]
internal sealed class RepayOneTimePayment : Rule
{
    public override void Define()
    {
        EntitlementResult p = null!;
        When().Match(() => p,
            x => x.Kind == EntitlementKind.OneTimePayment,
            x => x.Status == EntitlementStatus.Entitled,
            x => x.Case.TerminatedEarly,
            x => !x.Case.TerminatedByUnit);
        Then().Do(ctx => Recorder.Owed(ctx, ObligationKind.RepayOneTimePayment, p.Decision.AmountRub!.Value, p.Case.Contract!.TerminatedEarlyOn, Claims.C11, Text(p), PaymentCitation(p)));
    }

    // The amount returned is the payment's: its own citation (C10, or a host's) is cited too.
    internal static SourceCitation PaymentCitation(EntitlementResult p) => new(p.Decision.Findings[0].Claims[0], p.Decision.Findings[0].Quote);

    internal static FindingText Text(EntitlementResult p) => FindingText.Of(p, static p =>
        $"The volunteer terminated the contract early on {p.Case.Contract!.TerminatedEarlyOn:yyyy-MM-dd}: from that day the full one-time payment of {p.Decision.AmountRub:N0} roubles is to be returned.");
}
