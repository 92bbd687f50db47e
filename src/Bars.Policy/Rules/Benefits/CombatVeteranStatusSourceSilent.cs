using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Benefits;

/// <summary>Default (I2): outside Kursk the source states nothing on combat veteran status.</summary>
[KeepsDecisionsComplete]
[Name("Benefits.CombatVeteranStatusSourceSilent")]
[Description("Where the source states nothing on combat veteran status for the region, it is Undetermined (source silent).")]
[Tag("C6")]
[Tag("I2")]
[Priority(RulePriorities.SourceSilent)]
internal sealed class CombatVeteranStatusSourceSilent : Rule
{
    public override void Define()
    {
        Membership m = null!;
        When().Match(() => m, x => x.IsMember)
            .Not<EntitlementResult>(r => r.Kind == EntitlementKind.CombatVeteranStatus);
        Then().Do(ctx => Decide.Undetermined(ctx, m.Case, EntitlementKind.CombatVeteranStatus, UndeterminedReason.SourceSilent, Citations.C6,
            Text(m.Case)));
    }

    internal static string Text(CaseFacts c) =>
        $"Combat veteran status was reported by a Kursk enlistment office and is read as Kursk's (I2); the source states nothing on it for {c.Region}.";
}
