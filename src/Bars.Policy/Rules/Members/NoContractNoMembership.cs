using Bars.Policy.Parameters;
using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Members;

/// <summary>I7: without a contract nobody is a member, whatever the enlistment would be; what the applicant would get by
/// enlisting is a why-not answer, not an entitlement.</summary>
[KeepsDecisionsComplete]
[Name("Membership.NoContractNoEntitlements")]
[Description("Without a contract nobody is a member: every entitlement is NotEntitled, a public position's question does not arise (I7).")]
[Tag("I7")]
internal sealed class NoContractNoMembership : Rule
{
    private static readonly EntitlementKind[] Kinds = Enum.GetValues<EntitlementKind>();

    public override void Define()
    {
        Membership m = null!;
        When().Match(() => m, x => x.Outcome != EnlistmentOutcome.Ineligible, x => !x.Case.HasContract);
        Then().Do(ctx => Recorder.Entitlements(ctx, Decisions(Recorder.Finding(ctx, Readings.I7NoContract, "The case holds no contract: nobody is a member without one, so nothing is due (I7)."), m)));
    }

    internal static List<EntitlementDecision> Decisions(Finding finding, Membership m)
    {
        var findings = Recorder.One(finding);
        var decisions = new List<EntitlementDecision>(Kinds.Length);
        foreach (var kind in Kinds)
        {
            if (kind == EntitlementKind.RetainPublicPosition)
            {
                if (m.Case.PublicOfficial) decisions.Add(Recorder.Plain(kind, EntitlementStatus.NotApplicable, null, finding, findings));
                continue;
            }

            decisions.Add(Recorder.Plain(kind, EntitlementStatus.NotEntitled, null, finding, findings));
        }

        return decisions;
    }
}
