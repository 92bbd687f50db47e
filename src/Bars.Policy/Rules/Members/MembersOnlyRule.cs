using Bars.Policy.Parameters;
using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Members;

/// <summary>
/// Entitlements belong to members (I4, I7). For an applicant whose enlistment matches the rule, every entitlement gets
/// <paramref name="status"/>, with a finding that cites the claims that decided the enlistment; a public position is
/// left to <see cref="Benefits.NoPublicPosition"/> for someone who holds none (the question does not arise, I8).
/// </summary>
/// <param name="status">What every entitlement is then.</param>
/// <param name="text">Why, in plain words.</param>
internal abstract class MembersOnlyRule(EntitlementStatus status, string text) : Rule
{
    private static readonly EntitlementKind[] Kinds = Enum.GetValues<EntitlementKind>();

    public override void Define()
    {
        Membership m = null!;
        When().Match(() => m, Applies);
        Then().Do(ctx => Recorder.Entitlements(ctx, Decisions(Recorder.FindingOfEnlistment(ctx, m, text), m)));
    }

    /// <summary>Which enlistments the rule answers.</summary>
    protected abstract System.Linq.Expressions.Expression<Func<Membership, bool>> Applies { get; }

    internal List<EntitlementDecision> Decisions(Finding finding, Membership m)
    {
        var findings = Recorder.One(finding); // one list for every kind
        var reason = status == EntitlementStatus.Undetermined ? m.Reason : null;
        var decisions = new List<EntitlementDecision>(Kinds.Length);
        foreach (var kind in Kinds)
        {
            if (kind == EntitlementKind.RetainPublicPosition && !m.Case.PublicOfficial) continue;
            decisions.Add(Recorder.Plain(kind, status, reason, finding, findings));
        }

        return decisions;
    }
}
