using Bars.Policy.Parameters;
using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Members;

/// <summary>I4: entitlements belong to members; an Ineligible applicant has none.</summary>
[KeepsDecisionsComplete]
[Name("Membership.IneligibleHaveNoEntitlements")]
[Description("An Ineligible applicant is not a member: every entitlement is NotEntitled (I4).")]
[Tag("I4")]
internal sealed class NonMembersHaveNoEntitlements() : MembersOnlyRule(
    EntitlementStatus.NotEntitled,
    "The applicant is Ineligible and so not a member; entitlements belong to members (I4).")
{
    protected override System.Linq.Expressions.Expression<Func<Membership, bool>> Applies => x => x.Outcome == EnlistmentOutcome.Ineligible;
}
