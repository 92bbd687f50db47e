using Bars.Policy.Parameters;
using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Payment;

/// <summary>Default: where no rule states a monthly rate for the region (Kursk), monthly pay is Undetermined.</summary>
[KeepsDecisionsComplete]
[Name("Payment.MonthlyPaySourceSilent")]
[Description("Where the source states no monthly rate for the region, a member's monthly pay is Undetermined (source silent).")]
[Tag("C8")]
[Tag("C9")]
internal sealed class MonthlyPaySourceSilent() : EntitlementSilenceRule(EntitlementKind.MonthlyPay, Claims.C8, Claims.C9)
{
    internal override FindingText Text(CaseFacts c) => FindingText.Of(c, static c =>
        $"The source states monthly rates for Belgorod (C8) and Bryansk (C9) only; it states none for {c.Region}.");
}
