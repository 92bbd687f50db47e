using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Service;

/// <summary>I4, C4: an Ineligible applicant is not a member, so neither in training nor assigned, and has no duties.</summary>
[KeepsDecisionsComplete]
[Name("Service.NonMemberNotInService")]
[Description("An Ineligible applicant is not a member: not in training, not assigned, no duties (I4).")]
[Tag("C4")]
[Tag("I4")]
internal sealed class NonMemberNotInService() : OutsideServiceRule(
    ServicePhase.NotMember,
    "The applicant is Ineligible and so not a member; training, tasks and duties are a member's (I4).")
{
    protected override System.Linq.Expressions.Expression<Func<Membership, bool>> Applies => x => x.Outcome == EnlistmentOutcome.Ineligible;
}
