using Bars.Policy.Tests.Support;
using FsCheck;
using FsCheck.Xunit;

namespace Bars.Policy.Tests.Comparison;

/// <summary>Each month's cost split as the totals are: measured change apart from money newly (un)determined.</summary>
public sealed class MonthSplitTests
{
    private static readonly SourceCitation Order = new("Order (test)", "A dated rate.");

    private static PolicyEngine Rise(DateOnly from) => PolicyEngine.Create(o => o.Parameters
        .Set(Regions.Bryansk, Parameter.MonthlyPayRub, 60_000m, from, Order)
        .Set(Regions.Kursk, Parameter.MonthlyPayRub, 50_000m, from, Order));

    private static PolicyCase Case(string region, DateOnly start, int months, string id) =>
        new(id, region, start.AddDays(10), new Applicant(new DateOnly(1984, 5, 1), Sex.Male), new Contract(months, start), null);

    [Fact]
    public void A_rise_dated_mid_contract_is_measured_only_in_the_months_after_it()
    {
        // 2024-09-01..2025-08-31 at 40,000; 60,000 from 2025-04-01: September 2024 – March 2025 move nothing, April –
        // August 2025 each +20,000 (5 × 20,000 = the case's +100,000). The one-time payment stays in September 2024.
        var result = TestEngine.Instance.Compare(Rise(new DateOnly(2025, 4, 1)), [Case(Regions.Bryansk, new DateOnly(2024, 9, 1), 12, "mid")]);

        var months = result.ByMonth.ToDictionary(m => m.Month);
        Assert.Equal(12, months.Count);
        Assert.Equal((340_000m, 340_000m, 0m), (months[new DateOnly(2024, 9, 1)].CostBeforeRub, months[new DateOnly(2024, 9, 1)].CostAfterRub, months[new DateOnly(2024, 9, 1)].MeasuredChangeRub));
        for (var m = new DateOnly(2024, 10, 1); m <= new DateOnly(2025, 3, 1); m = m.AddMonths(1))
        {
            Assert.Equal((40_000m, 40_000m, 0m, 0m, 0m), (months[m].CostBeforeRub, months[m].CostAfterRub, months[m].MeasuredChangeRub, months[m].NewlyDeterminedRub, months[m].NewlyUndeterminedRub));
        }

        for (var m = new DateOnly(2025, 4, 1); m <= new DateOnly(2025, 8, 1); m = m.AddMonths(1))
        {
            Assert.Equal((40_000m, 60_000m, 20_000m, 0m, 0m), (months[m].CostBeforeRub, months[m].CostAfterRub, months[m].MeasuredChangeRub, months[m].NewlyDeterminedRub, months[m].NewlyUndeterminedRub));
        }

        Assert.Equal(100_000m, result.Cost.MeasuredChangeRub);
    }

    [Fact]
    public void Money_filled_where_the_baseline_is_silent_is_newly_determined_not_a_rise_and_the_reverse_newly_undetermined()
    {
        // Kursk states no monthly pay; the reform fills it at 50,000 from 2024-01-01. A contract 2024-03-01..2024-08-31:
        // six months each newly determined at 50,000, nothing measured; the one-time payment stays Undetermined, in
        // March, the start's month.
        var kursk = Case(Regions.Kursk, new DateOnly(2024, 3, 1), 6, "kursk");
        var filled = Rise(new DateOnly(2024, 1, 1));
        var forward = TestEngine.Instance.Compare(filled, [kursk]);
        Assert.Equal(6, forward.ByMonth.Count);
        Assert.All(forward.ByMonth, m => Assert.Equal((0m, 50_000m, 0m, 50_000m, 0m, 1L, m.Month.Month == 3 ? 1L : 0L), (m.CostBeforeRub, m.CostAfterRub, m.MeasuredChangeRub, m.NewlyDeterminedRub, m.NewlyUndeterminedRub, m.UndeterminedBefore, m.UndeterminedAfter)));

        // The other way round the same money is newly Undetermined: its value before, left out after.
        var backward = filled.Compare(TestEngine.Instance, [kursk]);
        Assert.All(backward.ByMonth, m => Assert.Equal((50_000m, 0m, 0m, 0m, 50_000m), (m.CostBeforeRub, m.CostAfterRub, m.MeasuredChangeRub, m.NewlyDeterminedRub, m.NewlyUndeterminedRub)));
    }

    // Any population, any dated rise, either way round: each month's after − before is its measured change + newly
    // determined − newly Undetermined, and each region's months sum to its totals' split.
    [Property(MaxTest = 100)]
    public void Each_month_reconciles_and_the_months_sum_to_the_split_totals(NonEmptyArray<(NonNegativeInt Start, PositiveInt Months, bool Kursk)> population, NonNegativeInt riseDay, bool reverse)
    {
        var cases = population.Get.Select((p, i) => Case(p.Kursk ? Regions.Kursk : Regions.Bryansk, new DateOnly(2023, 1, 1).AddDays(p.Start.Get % 1200), 1 + (p.Months.Get % 24), $"c{i}")).ToArray();
        var reform = Rise(new DateOnly(2023, 6, 1).AddDays(riseDay.Get % 900));
        var (baseline, other) = reverse ? (reform, TestEngine.Instance) : (TestEngine.Instance, reform);

        var result = baseline.Compare(other, cases);

        Assert.All(result.ByMonth, m => Assert.Equal(m.CostAfterRub - m.CostBeforeRub, m.MeasuredChangeRub + m.NewlyDeterminedRub - m.NewlyUndeterminedRub));
        foreach (var r in result.ByRegion)
        {
            var months = result.ByMonth.Where(m => m.Region == r.Region).ToArray();
            Assert.Equal(
                (r.Cost.CostBeforeRub, r.Cost.CostAfterRub, r.Cost.MeasuredChangeRub, r.Cost.NewlyDeterminedRub, r.Cost.NewlyUndeterminedRub),
                (months.Sum(m => m.CostBeforeRub), months.Sum(m => m.CostAfterRub), months.Sum(m => m.MeasuredChangeRub), months.Sum(m => m.NewlyDeterminedRub), months.Sum(m => m.NewlyUndeterminedRub)));
        }
    }
}
