using System.Numerics;
using Bars.Policy.Comparison;
using Bars.Policy.Tests.Support;
using FsCheck;
using FsCheck.Xunit;

namespace Bars.Policy.Tests.Comparison;

/// <summary>I9 in compare: each day of membership at the rate in force that day, whatever the case's asOf.</summary>
public sealed class CostPerPeriodTests
{
    private static readonly SourceCitation Order = new("Bryansk order (test)", "60,000 a month from 2025.");

    private static readonly Lazy<PolicyEngine> RiseFrom2025 = new(() => PolicyEngine.Create(o => o.Parameters
        .Set(Regions.Bryansk, Parameter.MonthlyPayRub, 60_000m, new DateOnly(2025, 1, 1), Order)));

    private static readonly Lazy<PolicyEngine> Unchanged = new(PolicyEngine.CreateDefault);

    private static PolicyCase Bryansk(DateOnly start, DateOnly asOf, string id) =>
        new(id, Regions.Bryansk, asOf, new Applicant(new DateOnly(1984, 5, 1), Sex.Male), new Contract(12, start), null);

    [Theory]
    [InlineData("2024-10-01")]   // a member, asOf in 2024: the 2025 days still get the rise
    [InlineData("2025-02-01")]   // a member, asOf in 2025
    [InlineData("2025-06-01")]   // a former member: the membership ended on 2025-02-28
    [InlineData("2024-02-01")]   // not yet started
    public void A_rise_from_2025_re_prices_only_the_2025_days_of_a_contract_from_March_2024_whatever_asOf(string asOf)
    {
        // 2024-03-01..2025-02-28: ten months at 40,000 (March–December 2024), two at 60,000 (January, February 2025).
        var policyCase = Bryansk(new DateOnly(2024, 3, 1), DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture), "march-2024");
        var changes = new List<CaseComparison>();
        var result = TestEngine.Instance.Compare(RiseFrom2025.Value, [policyCase], changes.Add);

        var c = Assert.Single(changes);
        Assert.Equal((780_000m, 820_000m, 40_000m, CostChange.Rises), (c.CostBeforeRub, c.CostAfterRub, c.MeasuredChangeRub, c.Cost));
        var months = result.ByMonth.ToDictionary(m => m.Month);
        Assert.Equal(12, months.Count);
        Assert.Equal((340_000m, 340_000m), (months[new DateOnly(2024, 3, 1)].CostBeforeRub, months[new DateOnly(2024, 3, 1)].CostAfterRub)); // + the one-time payment
        Assert.Equal((40_000m, 40_000m), (months[new DateOnly(2024, 12, 1)].CostBeforeRub, months[new DateOnly(2024, 12, 1)].CostAfterRub));
        Assert.Equal((40_000m, 60_000m), (months[new DateOnly(2025, 1, 1)].CostBeforeRub, months[new DateOnly(2025, 1, 1)].CostAfterRub));
        Assert.Equal((40_000m, 60_000m), (months[new DateOnly(2025, 2, 1)].CostBeforeRub, months[new DateOnly(2025, 2, 1)].CostAfterRub));
    }

    [Fact]
    public void A_contract_month_that_straddles_the_rate_change_pays_each_side_its_days_at_its_rate()
    {
        // 2024-03-15..2025-03-14. Before 2025: 9 contract months + 17 of the 31 days of 2024-12-15..2025-01-14:
        // 40,000 × (9 + 17/31) = 381,935.483… → 381,935.48. From 2025: the other 14 of those 31 days + 2 whole months:
        // 60,000 × (2 + 14/31) = 147,096.774… → 147,096.77. Monthly pay 529,032.25, + 300,000 one-time.
        var policyCase = Bryansk(new DateOnly(2024, 3, 15), new DateOnly(2024, 6, 1), "straddle");
        var changes = new List<CaseComparison>();
        var result = TestEngine.Instance.Compare(RiseFrom2025.Value, [policyCase], changes.Add);

        Assert.Equal((780_000m, 829_032.25m), (changes[0].CostBeforeRub, changes[0].CostAfterRub));
        Assert.Equal(829_032.25m, result.ByMonth.Sum(m => m.CostAfterRub));
    }

    [Fact]
    public void A_fall_is_counted_as_a_fall_even_where_another_part_is_newly_determined()
    {
        // Kursk: compensation 3,000,000 -> 2,000,000 from 2024-01-01, and monthly pay filled at 50,000: the measured
        // change is −1,000,000 (a fall), and monthly pay is newly determined.
        var reform = PolicyEngine.Create(o => o.Parameters
            .Set(Regions.Kursk, Parameter.InjuryOnDutyCompensationRub, 2_000_000m, new DateOnly(2024, 1, 1), new SourceCitation("Kursk order (test)", "2,000,000."))
            .Set(Regions.Kursk, Parameter.MonthlyPayRub, 50_000m, new DateOnly(2024, 1, 1), new SourceCitation("Kursk order (test)", "50,000 a month.")));
        var injured = Cases.In(Regions.Kursk, contract: Cases.Contract(12), injuries: [Cases.OnDuty()]);

        var changes = new List<CaseComparison>();
        var result = TestEngine.Instance.Compare(reform, [injured], changes.Add);

        Assert.Equal((-1_000_000m, CostChange.Falls), (changes[0].MeasuredChangeRub, changes[0].Cost));
        Assert.Equal((0L, 1L, 1L), (result.Cost.Rises, result.Cost.Falls, result.Cost.NewlyDetermined));
        Assert.Equal(result.Cost.CostAfterRub, result.Cost.CostBeforeRub + result.Cost.MeasuredChangeRub + result.Cost.NewlyDeterminedRub - result.Cost.NewlyUndeterminedRub);
    }

    [Fact]
    public void A_case_with_an_undetermined_part_has_no_cost_not_a_cost_of_0()
    {
        var kursk = Cases.In(Regions.Kursk);                         // monthly and one-time pay silent
        var changes = new List<CaseComparison>();
        TestEngine.Instance.Compare(RiseFrom2025.Value, [kursk], changes.Add);
        var tally = new ComparisonTally(TestEngine.Instance, RiseFrom2025.Value);
        var c = tally.Add(kursk, TestEngine.Instance.Evaluate(kursk), RiseFrom2025.Value.Evaluate(kursk))!;
        Assert.Equal(((decimal?)null, (decimal?)null), (c.CostBeforeRub, c.CostAfterRub));
        Assert.Equal(["MonthlyPay", "OneTimePayment"], c.UndeterminedBefore);
        // 2024-08-02..2025-08-01: 13 calendar months with an Undetermined amount, the case once in each (August 2024
        // has both the monthly pay and the one-time payment), and nothing summed as 0 for them.
        var months = tally.Result().ByMonth;
        Assert.Equal(13, months.Count);
        Assert.All(months, m => Assert.Equal((1L, 0m), (m.UndeterminedBefore, m.CostBeforeRub)));
    }

    // The sum of a contract's daily pay over its days in force, each day worth the monthly rate over the days of its
    // contract month, summed exactly (BigInteger fractions) and rounded once to the kopeck, equals what compare counts.
    [Property(MaxTest = 200)]
    public void Monthly_pay_counted_by_compare_is_the_sum_of_the_daily_pay(NonNegativeInt startDay, PositiveInt length, NonNegativeInt ended, bool terminate, bool belgorod)
    {
        var start = new DateOnly(2023, 1, 1).AddDays(startDay.Get % 1500);
        var months = 1 + (length.Get % 24);
        var term = ContractTerm.OfMonths(start, months)!;
        DateOnly? terminated = terminate ? start.AddDays(1 + (ended.Get % (term.Length - 1))) : null;
        var region = belgorod ? Regions.Belgorod : Regions.Bryansk;
        var rate = belgorod ? 80_000 : 40_000;
        var policyCase = new PolicyCase("daily", region, term.End.AddDays(30), new Applicant(start.AddYears(-30), Sex.Male), new Contract(months, start, terminated), null);

        var last = terminated is { } t ? t.AddDays(-1) : term.End;
        BigInteger numerator = 0, denominator = 1;
        for (var day = start; day <= last; day = day.AddDays(1))
        {
            var k = 0;
            while (start.AddMonths(k + 1) <= day) k++;
            var days = start.AddMonths(k + 1).DayNumber - start.AddMonths(k).DayNumber;
            (numerator, denominator) = ((numerator * days) + (rate * denominator), denominator * days);
            var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
            (numerator, denominator) = (numerator / gcd, denominator / gcd);
        }

        // Half away from zero, to the kopeck.
        var kopecks = ((numerator * 200) + denominator) / (2 * denominator);
        var expected = (decimal)kopecks / 100m;

        var parts = CaseCost.Parts(policyCase, TestEngine.Instance.Evaluate(policyCase), TestEngine.Instance.ParametersOf(region));
        Assert.Equal(expected, parts[0].AmountRub);
        var result = TestEngine.Instance.Compare(Unchanged.Value, [policyCase]);
        Assert.Equal(result.Cost.CostBeforeRub, result.ByMonth.Sum(m => m.CostBeforeRub));
        Assert.Equal(expected, result.ByMonth.Sum(m => m.CostBeforeRub) - (belgorod ? 0 : OneTimeLessRepayment(months, terminated)));
    }

    // Bryansk's one-time payment (C10) less its repayment after an early termination (C11); other lengths are Undetermined, not summed.
    private static decimal OneTimeLessRepayment(int months, DateOnly? terminated) =>
        terminated is not null ? 0 : months == 12 ? 300_000m : months == 6 ? 150_000m : 0;
}
