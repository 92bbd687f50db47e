using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Benefits;

/// <summary>A benefit every member of the rule's regions receives (it is not a payment: no amount).</summary>
/// <param name="kind">The benefit.</param>
/// <param name="citation">The claim that states it.</param>
/// <param name="text">What the source says, for the case.</param>
internal abstract class MemberBenefitRule(EntitlementKind kind, SourceCitation citation, string text) : Rule
{
    public override void Define()
    {
        Membership m = null!;
        When().Match(() => m, x => x.IsMember);
        Then().Do(ctx => Recorder.Entitled(ctx, kind, null, null, citation, text));
    }
}
