using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Members;

/// <summary>I4: when enlistment is Undetermined, so is every entitlement, for the same reason.</summary>
[KeepsDecisionsComplete]
[Name("Membership.UndeterminedEntitlements")]
[Description("When the enlistment outcome is Undetermined, every entitlement is Undetermined for the same reason (I4).")]
[Tag("I4")]
internal sealed class UndeterminedMembersHaveUndeterminedEntitlements : Rule
{
    public override void Define()
    {
        Membership m = null!;
        When().Match(() => m, x => x.Outcome == EnlistmentOutcome.Undetermined);
        Then().Do(ctx => Apply(ctx, m));
    }

    internal static void Apply(NRules.RuleModel.IContext ctx, Membership m)
    {
        var finding = MembersOnly.Finding(ctx, m, "Whether the applicant may join is Undetermined, and so is every entitlement of a member (I4).");
        foreach (var kind in MembersOnly.Kinds)
        {
            Decide.Record(ctx, m.Case, new EntitlementDecision(kind, EntitlementStatus.Undetermined, null, null, m.Reason, [finding]));
        }
    }
}
