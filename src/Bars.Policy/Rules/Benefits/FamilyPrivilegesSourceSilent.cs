using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Benefits;

/// <summary>Default (I2): outside Kursk the source states nothing on family privileges.</summary>
[KeepsDecisionsComplete]
[Name("Benefits.FamilyPrivilegesSourceSilent")]
[Description("Where the source states nothing on family privileges for the region, they are Undetermined (source silent).")]
[Tag("C7")]
[Tag("I2")]
[Priority(RulePriorities.SourceSilent)]
internal sealed class FamilyPrivilegesSourceSilent : Rule
{
    public override void Define()
    {
        Membership m = null!;
        When().Match(() => m, x => x.IsMember)
            .Not<EntitlementResult>(r => r.Kind == EntitlementKind.FamilyPrivileges);
        Then().Do(ctx => Decide.Undetermined(ctx, m.Case, EntitlementKind.FamilyPrivileges, UndeterminedReason.SourceSilent, Citations.C7,
            Text(m.Case)));
    }

    internal static string Text(CaseFacts c) =>
        $"Family privileges were reported by a Kursk enlistment office and are read as Kursk's (I2); the source states nothing on them for {c.Region}.";
}
