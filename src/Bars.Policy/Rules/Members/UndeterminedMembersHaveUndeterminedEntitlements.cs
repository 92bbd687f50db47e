using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Members;

/// <summary>I4: when enlistment is Undetermined, so is every entitlement, for the same reason.</summary>
[KeepsDecisionsComplete]
[Name("Membership.UndeterminedEntitlements")]
[Description("When the enlistment outcome is Undetermined, every entitlement is Undetermined for the same reason (I4).")]
[Tag("I4")]
internal sealed class UndeterminedMembersHaveUndeterminedEntitlements() : MembersOnlyRule(
    EnlistmentOutcome.Undetermined,
    EntitlementStatus.Undetermined,
    "Whether the applicant may join is Undetermined, and so is every entitlement of a member (I4).");
