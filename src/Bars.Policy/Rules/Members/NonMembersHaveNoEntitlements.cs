using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Members;

/// <summary>I4: entitlements belong to members; an Ineligible applicant has none.</summary>
[KeepsDecisionsComplete]
[Name("Membership.IneligibleHaveNoEntitlements")]
[Description("An Ineligible applicant is not a member: every entitlement is NotEntitled (I4).")]
[Tag("I4")]
internal sealed class NonMembersHaveNoEntitlements : Rule
{
    public override void Define()
    {
        Membership m = null!;
        When().Match(() => m, x => x.Outcome == EnlistmentOutcome.Ineligible);
        Then().Do(ctx => Apply(ctx, m));
    }

    internal static void Apply(NRules.RuleModel.IContext ctx, Membership m)
    {
        var finding = MembersOnly.Finding(ctx, m, "The applicant is Ineligible and so not a member; entitlements belong to members (I4).");
        foreach (var kind in MembersOnly.Kinds)
        {
            Decide.Record(ctx, m.Case, new EntitlementDecision(kind, EntitlementStatus.NotEntitled, null, null, null, [finding]));
        }
    }
}
