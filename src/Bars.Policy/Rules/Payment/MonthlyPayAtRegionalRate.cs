using Bars.Policy.Parameters;
using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Payment;

/// <summary>C8 (Belgorod, 80,000) and C9 (Bryansk, 40,000): a member earns the region's monthly rate, each day at the
/// rate in force that day (I9).</summary>
[Name("Payment.MonthlyPayAtRegionalRate")]
[Description("A member earns the monthly rate the source states for the region, over the days of membership (I8), at the rate in force on asOf (I9).")]
[Tag("C8")]
[Tag("C9")]
[Tag("I8")]
[Tag("I9")]
internal sealed class MonthlyPayAtRegionalRate : Rule
{
    public override void Define()
    {
        Membership m = null!;
        When().Match(() => m, x => x.IsMember, x => x.Case.Stated(Parameter.MonthlyPayRub) != null);
        Then().Do(ctx => Recorder.Entitled(ctx, EntitlementKind.MonthlyPay, m.Case.Stated(Parameter.MonthlyPayRub)!, PaymentPeriod.Month, m.Period!, Rates(m.Case, m.Period!),
            Text(m)));
    }

    // Each period of membership with its own rate, listed only when the rate changes within it (I9).
    internal static RatePeriod[]? Rates(CaseFacts c, ContractTerm days)
    {
        var periods = c.Timeline.Periods(Parameter.MonthlyPayRub, days);
        if (periods.Count < 2) return null;
        return periods.Select(p => new RatePeriod(p.Days.Start, p.Days.End, p.Value?.Value, p.Value?.Citation.Id)).ToArray();
    }

    internal static FindingText Text(Membership m) => FindingText.Of(m, static m =>
        $"Members in {m.Case.Region} earn {m.Case.Stated(Parameter.MonthlyPayRub)!.Value:N0} roubles per month; a member from {m.Period!.Start:yyyy-MM-dd} to {m.Period!.End:yyyy-MM-dd}.");
}
