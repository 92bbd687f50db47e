using Bars.Policy.Parameters;
using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Payment;

/// <summary>Default, I2: C5 was told by a Kursk office; elsewhere the source states no injury compensation.</summary>
[KeepsDecisionsComplete]
[Name("Payment.InjuryCompensationSourceSilent")]
[Description("Where the source states no injury compensation for the region (I2: C5 is Kursk's), it is Undetermined (source silent).")]
[Tag("C5")]
[Tag("I2")]
internal sealed class InjuryCompensationSourceSilent() : EntitlementSilenceRule(EntitlementKind.InjuryCompensation, Claims.C5)
{
    internal override FindingText Text(CaseFacts c) => FindingText.Of(c, static c =>
        $"Injury compensation was reported by a Kursk enlistment office and is read as Kursk's (I2); the source states none for {c.Region}.");
}
