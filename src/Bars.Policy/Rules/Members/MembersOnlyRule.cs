using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Members;

/// <summary>
/// I4: entitlements belong to members. For an applicant whose enlistment has <paramref name="outcome"/>, every
/// entitlement gets <paramref name="status"/>, with a finding that cites the claims that decided the enlistment.
/// </summary>
/// <param name="outcome">The enlistment outcome that is not membership (Ineligible or Undetermined).</param>
/// <param name="status">What every entitlement is then.</param>
/// <param name="text">Why, in plain words.</param>
internal abstract class MembersOnlyRule(EnlistmentOutcome outcome, EntitlementStatus status, string text) : Rule
{
    private static readonly EntitlementKind[] Kinds = Enum.GetValues<EntitlementKind>();

    public override void Define()
    {
        Membership m = null!;
        When().Match(() => m, x => x.Outcome == outcome);
        Then().Do(ctx => Apply(ctx, m));
    }

    private void Apply(NRules.RuleModel.IContext ctx, Membership m)
    {
        var findings = EquatableList<Finding>.Own([Recorder.FindingOfEnlistment(ctx, m, text)]); // one list for every kind
        var reason = status == EntitlementStatus.Undetermined ? m.Reason : null;
        foreach (var kind in Kinds)
        {
            Recorder.Entitlement(ctx, new EntitlementDecision(kind, status, null, null, reason, findings));
        }
    }
}
