using Bars.Policy.Parameters;
using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Payment;

/// <summary>I7, I8: monthly pay is for the days of membership; before the start, after the term or after a termination
/// there is none, whatever the region's rate.</summary>
[KeepsDecisionsComplete]
[Name("Payment.MonthlyPayOutsideMembership")]
[Description("On a day outside the membership (before the contract's start, after its term, after an early termination) a member's monthly pay is NotEntitled (I7, I8).")]
[Tag("I7")]
[Tag("I8")]
internal sealed class MonthlyPayOutsideMembership : Rule
{
    public override void Define()
    {
        Membership m = null!;
        When().Match(() => m, x => x.Enlisted, x => !x.IsMember);
        Then().Do(ctx => Recorder.NotEntitled(ctx, EntitlementKind.MonthlyPay, Readings.I7, Text(m), First(m), Last(m), Readings.I8));
    }

    internal static DateOnly? First(Membership m) => m.Period?.Start;

    internal static DateOnly? Last(Membership m) => m.Period?.End;

    internal static FindingText Text(Membership m) => FindingText.Of(m, static m => m.Period switch
    {
        null => $"The contract was ended on its first day ({m.Case.Contract!.StartDate:yyyy-MM-dd}): there was no day of membership to pay.",
        { } days when m.Case.AsOf < days.Start => $"Membership begins on {days.Start:yyyy-MM-dd}: monthly pay is due from that day, not on {m.Case.AsOf:yyyy-MM-dd}.",
        { } days => $"Membership ended on {days.End:yyyy-MM-dd}: monthly pay was due to that day, not on {m.Case.AsOf:yyyy-MM-dd}.",
    });
}
