using Bars.Policy.Parameters;
using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Benefits;

/// <summary>I7, I8: a member's statuses hold from the first day of membership; before it (or with no day of
/// membership) there are none, whatever the region grants.</summary>
[KeepsDecisionsComplete]
[Name("Benefits.NoStatusBeforeMembership")]
[Description("Before membership begins (or when the contract was ended on its first day) combat veteran status and family privileges are NotEntitled (I7, I8).")]
[Tag("I7")]
[Tag("I8")]
internal sealed class NoStatusBeforeMembership : Rule
{
    public override void Define()
    {
        Membership m = null!;
        When().Match(() => m, x => x.Enlisted, x => !x.HasBeenMember);
        Then()
            .Do(ctx => Recorder.NotEntitled(ctx, EntitlementKind.CombatVeteranStatus, Readings.I7NotStarted, Text(m), First(m), null, Readings.I8))
            .Do(ctx => Recorder.NotEntitled(ctx, EntitlementKind.FamilyPrivileges, Readings.I7NotStarted, Text(m), First(m), null, Readings.I8));
    }

    internal static DateOnly? First(Membership m) => m.Period?.Start;

    internal static FindingText Text(Membership m) => FindingText.Of(m, static m => m.Period switch
    {
        { } days => $"Membership begins on {days.Start:yyyy-MM-dd}: a member's statuses hold from that day, not on {m.Case.AsOf:yyyy-MM-dd}.",
        null => $"The contract was ended on its first day ({m.Case.Contract!.StartDate:yyyy-MM-dd}): there was no day of membership.",
    });
}
