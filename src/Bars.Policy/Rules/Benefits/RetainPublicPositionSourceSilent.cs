using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Benefits;

/// <summary>Default: outside Belgorod the source says nothing on officials keeping their posts.</summary>
[KeepsDecisionsComplete]
[Name("Benefits.RetainPublicPositionSourceSilent")]
[Description("Where the source says nothing on officials keeping their positions in the region, it is Undetermined (source silent).")]
[Tag("C14")]
[Priority(RulePriorities.SourceSilent)]
internal sealed class RetainPublicPositionSourceSilent : Rule
{
    public override void Define()
    {
        Membership m = null!;
        When().Match(() => m, x => x.IsMember)
            .Not<EntitlementResult>(r => r.Kind == EntitlementKind.RetainPublicPosition);
        Then().Do(ctx => Decide.Undetermined(ctx, m.Case, EntitlementKind.RetainPublicPosition, UndeterminedReason.SourceSilent, Citations.C14,
            Text(m.Case)));
    }

    internal static string Text(CaseFacts c) =>
        $"The source reports that officials kept their positions in Belgorod only; it says nothing on it for {c.Region}.";
}
