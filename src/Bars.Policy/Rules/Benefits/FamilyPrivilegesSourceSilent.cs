using Bars.Policy.Parameters;
using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Benefits;

/// <summary>Default (I2): outside Kursk the source states nothing on family privileges.</summary>
[KeepsDecisionsComplete]
[Name("Benefits.FamilyPrivilegesSourceSilent")]
[Description("Where the source states nothing on family privileges for the region, they are Undetermined (source silent).")]
[Tag("C7")]
[Tag("I2")]
internal sealed class FamilyPrivilegesSourceSilent() : EntitlementSilenceRule(EntitlementKind.FamilyPrivileges, Claims.C7)
{
    internal override FindingText Text(CaseFacts c) => FindingText.Of(c, static c =>
        $"Family privileges were reported by a Kursk enlistment office and are read as Kursk's (I2); the source states nothing on them for {c.Region}.");
}
