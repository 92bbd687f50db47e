using Bars.Policy.Parameters;
using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Benefits;

/// <summary>I8: an official keeps the post while a member; outside the days of membership the question does not arise.</summary>
[KeepsDecisionsComplete]
[Name("Benefits.NoPostOutsideMembership")]
[Description("For an official outside the days of membership (before the start, after the term or a termination), keeping the position does not arise: NotApplicable (I8).")]
[Tag("C14")]
[Tag("I8")]
internal sealed class NoPostOutsideMembership : Rule
{
    public override void Define()
    {
        Membership m = null!;
        When().Match(() => m, x => x.Enlisted, x => x.Case.PublicOfficial, x => !x.IsMember);
        Then().Do(ctx => Recorder.NotApplicable(ctx, EntitlementKind.RetainPublicPosition, Readings.I8NotApplicable, Text(m), Claims.C14));
    }

    internal static FindingText Text(Membership m) => FindingText.Of(m, static m => m.Period switch
    {
        { } d => $"On {m.Case.AsOf:yyyy-MM-dd} the official is not a member (membership {d.Start:yyyy-MM-dd} to {d.End:yyyy-MM-dd}): keeping the position does not arise.",
        null => $"On {m.Case.AsOf:yyyy-MM-dd} the official is not a member (membership had no day): keeping the position does not arise.",
    });
}
