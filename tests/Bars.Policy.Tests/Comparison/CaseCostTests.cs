using Bars.Policy.Comparison;
using Bars.Policy.Tests.Support;
using FsCheck;
using FsCheck.Xunit;
using static Bars.Policy.Tests.Support.Cases;

namespace Bars.Policy.Tests.Comparison;

/// <summary>A case's cost part by part: the months in force (a part month by its share of days), and the parts that are Undetermined.</summary>
public sealed class CaseCostTests
{
    [Theory]
    [InlineData("2024-02-01", null, 12, "12")]
    [InlineData("2024-02-01", "2024-06-16", 12, "4.5")]          // four months, then 15 of June's 30 days
    [InlineData("2024-02-01", "2024-06-01", 12, "4")]            // the day a month completes: whole months only
    [InlineData("2024-02-01", "2024-02-01", 12, "0")]            // terminated on the first day: never in force
    [InlineData("2024-01-30", "2024-03-15", 12, "1.5")]          // 30 Jan + 1 month is 29 Feb; then 15 of the 30 days to 30 Mar
    public void Months_in_force_count_whole_months_then_the_part_month_by_its_days(string start, string? ended, int months, string expected)
    {
        var contract = new Contract(months, DateOnly.Parse(start), ended is null ? null : DateOnly.Parse(ended));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), CaseCost.MonthsInForce(contract));
    }

    [Fact]
    public void The_bryansk_contract_ended_after_four_and_a_half_months_with_300_000_owed_back_costs_180_000()
    {
        var policyCase = In(Regions.Bryansk, contract: new Contract(12, new DateOnly(2024, 2, 1), new DateOnly(2024, 6, 16)));
        var parts = Parts(policyCase);
        Assert.Equal(
            [("MonthlyPay", (decimal?)180_000m), ("OneTimePayment", 300_000m), ("InjuryCompensation", 0m), ("RepayOneTimePayment", -300_000m)],
            parts.Select(p => (p.Kind, p.AmountRub)));
    }

    [Fact]
    public void A_part_month_is_paid_to_the_kopeck()
    {
        // 2024-03-01 to 2024-03-11: 10 of March's 31 days: 40,000 × 10 / 31 = 12,903.2258… → 12,903.23.
        var policyCase = In(Regions.Bryansk, contract: new Contract(12, new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 11)));
        var parts = Parts(policyCase);
        Assert.Equal(12_903.23m, parts[0].AmountRub);
    }

    [Fact]
    public void Undetermined_parts_stay_unknown_and_an_injury_on_duty_makes_the_silent_compensation_unknown()
    {
        var kursk = In(Regions.Kursk);                                   // monthly and one-time pay silent in Kursk
        Assert.Equal([null, null, 0m, 0m], Parts(kursk).Select(p => p.AmountRub));
        var bryanskInjured = In(Regions.Bryansk, injuries: [OnDuty()]);  // compensation silent in Bryansk, and it is owed here
        Assert.Equal([480_000m, 300_000m, null, 0m], Parts(bryanskInjured).Select(p => p.AmountRub));
        var bryansk = In(Regions.Bryansk);                               // no injury on duty: no compensation to pay
        Assert.Equal([480_000m, 300_000m, 0m, 0m], Parts(bryansk).Select(p => p.AmountRub));
    }

    [Fact]
    public void An_ineligible_applicant_costs_nothing_and_an_undetermined_one_is_unknown()
    {
        var ineligible = In(Regions.Bryansk, Man(70));
        Assert.All(Parts(ineligible), p => Assert.Equal(0m, p.AmountRub));
        var undetermined = In(Regions.Belgorod, Woman());                // C13: the source contradicts itself; no termination, nothing owed
        Assert.Equal([null, null, 0m, 0m], Parts(undetermined).Select(p => p.AmountRub));
    }

    // Months in force never exceed the contract's length, grow with the termination date, and are whole without one.
    [Property(MaxTest = 300)]
    public void Months_in_force_lie_between_zero_and_the_length_and_grow_with_the_termination(PositiveInt length, NonNegativeInt startDay, NonNegativeInt a, NonNegativeInt b)
    {
        var months = 1 + (length.Get % 36);
        var start = new DateOnly(2020, 1, 1).AddDays(startDay.Get % 2000);
        var term = ContractTerm.OfMonths(start, months)!;
        var (early, late) = (Math.Min(a.Get, b.Get) % term.Length, Math.Max(a.Get, b.Get) % term.Length);
        if (early > late) (early, late) = (late, early);
        var m1 = CaseCost.MonthsInForce(new Contract(months, start, start.AddDays(early)));
        var m2 = CaseCost.MonthsInForce(new Contract(months, start, start.AddDays(late)));
        Assert.InRange(m1, 0m, months);
        Assert.True(m1 <= m2, $"{m1} > {m2}");
        Assert.Equal(months, CaseCost.MonthsInForce(new Contract(months, start)));
    }

    private static CostPart[] Parts(PolicyCase c) => CaseCost.Parts(c, TestEngine.Instance.Evaluate(c), TestEngine.Instance.ParametersOf(c.Region!));
}
