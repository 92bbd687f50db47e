using Bars.Policy.Parameters;
using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Benefits;

/// <summary>A status every member of the rule's regions receives (not a payment: no amount), from the first day of
/// membership and for good, after the term too (I8: "will receive" a status).</summary>
/// <param name="kind">The benefit.</param>
/// <param name="citation">The claim that states it.</param>
/// <param name="text">What the source says, for the case.</param>
internal abstract class MemberBenefitRule(EntitlementKind kind, SourceCitation citation, string text) : Rule
{
    public override void Define()
    {
        Membership m = null!;
        When().Match(() => m, x => x.HasBeenMember);
        Then().Do(ctx => Recorder.Entitled(ctx, kind, null, null, m.Period!.Start, null, citation, Text(text, m)));
    }

    internal static FindingText Text(string text, Membership m) => FindingText.Of((text, m), static t =>
        $"{t.text} It holds from {t.m.Period!.Start:yyyy-MM-dd}, the first day of membership, without end (I8).");
}
