using Bars.Policy.Parameters;
using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Benefits;

/// <summary>Default (I2): outside Kursk the source states nothing on combat veteran status.</summary>
[KeepsDecisionsComplete]
[Name("Benefits.CombatVeteranStatusSourceSilent")]
[Description("Where the source states nothing on combat veteran status for the region, it is Undetermined (source silent).")]
[Tag("C6")]
[Tag("I2")]
internal sealed class CombatVeteranStatusSourceSilent() : EntitlementSilenceRule(EntitlementKind.CombatVeteranStatus, Claims.C6)
{
    internal override FindingText Text(CaseFacts c) => FindingText.Of(c, static c =>
        $"Combat veteran status was reported by a Kursk enlistment office and is read as Kursk's (I2); the source states nothing on it for {c.Region}.");
}
