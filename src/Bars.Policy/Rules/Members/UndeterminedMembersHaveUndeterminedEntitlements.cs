using Bars.Policy.Parameters;
using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Members;

/// <summary>I4: when enlistment under a contract is Undetermined, so is every entitlement, for the same reason.</summary>
[KeepsDecisionsComplete]
[Name("Membership.UndeterminedEntitlements")]
[Description("When the enlistment outcome under a contract is Undetermined, every entitlement is Undetermined for the same reason (I4).")]
[Tag("I4")]
internal sealed class UndeterminedMembersHaveUndeterminedEntitlements() : MembersOnlyRule(
    EntitlementStatus.Undetermined,
    "Whether the applicant may join is Undetermined, and so is every entitlement of a member (I4).")
{
    protected override System.Linq.Expressions.Expression<Func<Membership, bool>> Applies =>
        x => x.Outcome == EnlistmentOutcome.Undetermined && x.Case.HasContract;
}
