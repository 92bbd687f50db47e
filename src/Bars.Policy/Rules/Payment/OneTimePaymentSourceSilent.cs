using Bars.Policy.Parameters;
using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Payment;

/// <summary>Default, I1: the library reads C10 as Bryansk's; for Belgorod it is ambiguous and for Kursk silent.</summary>
[KeepsDecisionsComplete]
[Name("Payment.OneTimePaymentSourceSilent")]
[Description("Where the source states no one-time payment for the region (I1: C10 is read as Bryansk's), it is Undetermined (source silent).")]
[Tag("C10")]
[Tag("I1")]
internal sealed class OneTimePaymentSourceSilent() : EntitlementSilenceRule(EntitlementKind.OneTimePayment, Claims.C10)
{
    internal override FindingText Text(CaseFacts c) => FindingText.Of(c, static c =>
        $"The source states the one-time payment next to the Bryansk rate and the library reads it as Bryansk's (I1); it states none for {c.Region}.");
}
