using Bars.Policy.Tests.Properties;
using Bars.Policy.Tests.Support;
using static Bars.Policy.Tests.Support.Cases;

namespace Bars.Policy.Tests.Comparison;

/// <summary>Reform comparison: per case what changes, and the totals, checked by hand on thirteen cases.</summary>
public sealed class CompareTests
{
    private static readonly DateOnly From = new(2024, 1, 1);

    // Bryansk monthly 40,000 -> 60,000; Kursk monthly filled at 50,000.
    internal static readonly Lazy<PolicyEngine> Reform = new(() => PolicyEngine.Create(o => o.Parameters
        .Set(Regions.Bryansk, Parameter.MonthlyPayRub, 60_000m, From, new SourceCitation("Reform A", "60,000 a month in Bryansk."))
        .Set(Regions.Kursk, Parameter.MonthlyPayRub, 50_000m, From, new SourceCitation("Reform A", "50,000 a month in Kursk."))));

    // Contracts from 2024-08-02 (60 days before asOf 2024-10-01) unless said, all after the reform's 2024-01-01, so
    // every day of each is re-priced. Cost = monthly pay for each day of membership at that day's rate + one-time
    // payment − repayment owed + injury compensation: the case's cost is null when a part is Undetermined (I11's
    // "unknown is not no" for money), and the summary sums the determined parts. Derived from claims.md:
    internal static PolicyCase[] HandCheckedCases() =>
    [
        In(Regions.Bryansk, contract: Contract(12)) with { CaseId = "1" },                      // C9, C10: 480,000 + 300,000 = 780,000 -> 720,000 + 300,000 = 1,020,000: rises
        In(Regions.Bryansk, contract: Contract(6)) with { CaseId = "2" },                       // 240,000 + 150,000 = 390,000 -> 510,000: rises
        WithoutContract(Regions.Bryansk) with { CaseId = "3" },                                 // no contract: no monthly pay (I7), counted apart, unchanged
        In(Regions.Bryansk, contract: Contract(9)) with { CaseId = "4" },                       // monthly 360,000 -> 540,000, one-time Undetermined both sides (C10): cost null, rises
        In(Regions.Kursk, contract: Contract(12), injuries: [OnDuty()]) with { CaseId = "5" },  // C5 3,000,000 determined -> + monthly 600,000 newly determined; one-time silent
        In(Regions.Kursk, contract: Contract(12)) with { CaseId = "6" },                        // determined 0 -> 600,000: monthly newly determined (not a rise)
        In(Regions.Kursk, Woman(), Contract(12)) with { CaseId = "7" },                         // C12 Ineligible: 0 -> 0
        In(Regions.Belgorod, contract: Contract(12)) with { CaseId = "8" },                     // C8 960,000 -> 960,000, one-time Undetermined (I1)
        In(Regions.Belgorod, Woman(), Contract(12)) with { CaseId = "9" },                      // C13 enlistment Undetermined: monthly and one-time Undetermined
        In(Regions.Bryansk, Man(70), Contract(12)) with { CaseId = "10" },                      // C1 Ineligible: 0 -> 0
        In(Regions.Bryansk, contract: EndedAfterFourAndAHalfMonths) with { CaseId = "11" },     // a former member: 40,000 × 4.5 + 300,000 − 300,000 = 180,000 -> 270,000: rises, no outcome changes on asOf
        WithoutContract(Regions.Kursk) with { CaseId = "12" },                                  // no contract: counted apart, unchanged
        In(Regions.Kursk, contract: EndedAfterFourAndAHalfMonths) with { CaseId = "13" },       // a former member: monthly Undetermined -> 50,000 × 4.5 = 225,000 newly determined
    ];

    // 2024-02-01 to 2024-06-16: four whole months, then 15 of June's contract month's 30 days in force: 4.5 months.
    private static readonly Contract EndedAfterFourAndAHalfMonths = new(12, new DateOnly(2024, 2, 1), new DateOnly(2024, 6, 16));

    [Fact]
    public void Hand_checked_cases_give_the_exact_totals()
    {
        var changed = new List<CaseComparison>();
        var result = TestEngine.Instance.Compare(Reform.Value, HandCheckedCases(), changed.Add);

        Assert.Equal(13, result.Cases);
        Assert.Equal(0, result.Invalid);
        Assert.Equal(7, result.CasesChanged);                                // 1, 2, 4, 5, 6 change an outcome; 11 and 13 only their cost
        Assert.False(result.CostsOverflowed);
        Assert.Equal(
            new CostSummary(
                casesWithContract: 11, casesWithoutContract: 2, costBeforeRub: 5_670_000m, costAfterRub: 7_725_000m, measuredChangeRub: 630_000m,
                newlyDeterminedRub: 1_425_000m, newlyUndeterminedRub: 0m, undeterminedBefore: 6, undeterminedAfter: 6, newlyDetermined: 3, newlyUndetermined: 0, rises: 4, falls: 0),
            result.Cost);
        Assert.Equal(result.Cost.CostAfterRub, result.Cost.CostBeforeRub + result.Cost.MeasuredChangeRub + result.Cost.NewlyDeterminedRub - result.Cost.NewlyUndeterminedRub);
        Assert.Equal(2, result.BecameDetermined);                            // Kursk members' monthly pay on asOf (5, 6)
        Assert.Equal(0, result.BecameUndetermined);
        Assert.Equal(
            [
                new RegionComparison(Regions.Belgorod, 2, 0, new CostSummary(2, 0, 960_000m, 960_000m, 0m, 0m, 0m, 2, 2, 0, 0, 0, 0)),
                new RegionComparison(Regions.Bryansk, 6, 4, new CostSummary(5, 1, 1_710_000m, 2_340_000m, 630_000m, 0m, 0m, 1, 1, 0, 0, 4, 0)),
                new RegionComparison(Regions.Kursk, 5, 3, new CostSummary(4, 1, 3_000_000m, 4_425_000m, 0m, 1_425_000m, 0m, 3, 3, 3, 0, 0, 0)),
            ],
            result.ByRegion);
        Assert.Equal([new OutcomeCount("MonthlyPay", 5)], result.ByOutcome);
        Assert.Contains(new StatusMove("MonthlyPay", "Undetermined", "Entitled", 2), result.Moves);
        Assert.Contains(new StatusMove("MonthlyPay", "NotEntitled", "NotEntitled", 6), result.Moves); // 3, 7, 10, 11, 12, 13
        Assert.Contains(new StatusMove("Enlistment", "Eligible", "Eligible", 10), result.Moves);
        Assert.Equal(13, result.Moves.Where(m => m.What == "Enlistment").Sum(m => m.Cases));

        Assert.Equal(["1", "2", "4", "5", "6", "11", "13"], changed.Select(c => c.CaseId));
        var kurskFilled = changed.Single(c => c.CaseId == "6");
        Assert.Equal(new OutcomeChange("MonthlyPay", "Undetermined", "Entitled", null, 50_000m), Assert.Single(kurskFilled.Changes));
        Assert.Equal(((decimal?)null, (decimal?)null, 0m, CostChange.NewlyDetermined), (kurskFilled.CostBeforeRub, kurskFilled.CostAfterRub, kurskFilled.MeasuredChangeRub, kurskFilled.Cost));
        Assert.Equal(["MonthlyPay", "OneTimePayment"], kurskFilled.UndeterminedBefore);
        Assert.Equal(["OneTimePayment"], kurskFilled.UndeterminedAfter);
        var ended = changed.Single(c => c.CaseId == "11");
        Assert.Empty(ended.Changes);                                         // NotEntitled on asOf both sides: the membership is over
        Assert.Equal((180_000m, 270_000m, 90_000m, CostChange.Rises), (ended.CostBeforeRub, ended.CostAfterRub, ended.MeasuredChangeRub, ended.Cost));
        var nineMonths = changed.Single(c => c.CaseId == "4");
        Assert.Equal(((decimal?)null, (decimal?)null, 180_000m, CostChange.Rises), (nineMonths.CostBeforeRub, nineMonths.CostAfterRub, nineMonths.MeasuredChangeRub, nineMonths.Cost));
        Assert.Equal(["OneTimePayment"], nineMonths.UndeterminedAfter);
        var kurskFormer = changed.Single(c => c.CaseId == "13");
        Assert.Equal(((decimal?)null, (decimal?)null, 0m, CostChange.NewlyDetermined), (kurskFormer.CostBeforeRub, kurskFormer.CostAfterRub, kurskFormer.MeasuredChangeRub, kurskFormer.Cost));

        // By month: each region's months sum to its totals; Bryansk's case 11 pays 40,000 a month Feb–May 2024 (60,000 after), then 15/30 of June's contract month.
        foreach (var r in result.ByRegion)
        {
            Assert.Equal((r.Cost.CostBeforeRub, r.Cost.CostAfterRub), (result.ByMonth.Where(m => m.Region == r.Region).Sum(m => m.CostBeforeRub), result.ByMonth.Where(m => m.Region == r.Region).Sum(m => m.CostAfterRub)));
        }

        var bryansk = result.ByMonth.Where(m => m.Region == Regions.Bryansk).ToDictionary(m => m.Month);
        Assert.Equal((40_000m, 60_000m), (bryansk[new DateOnly(2024, 3, 1)].CostBeforeRub, bryansk[new DateOnly(2024, 3, 1)].CostAfterRub));
        // June: 15/30 of the contract month (20,000 -> 30,000) and the 300,000 owed back from the termination's day (C11).
        Assert.Equal((-280_000m, -270_000m), (bryansk[new DateOnly(2024, 6, 1)].CostBeforeRub, bryansk[new DateOnly(2024, 6, 1)].CostAfterRub));
        Assert.Equal(1, bryansk[new DateOnly(2024, 8, 1)].UndeterminedBefore);   // case 4's one-time payment (C10 silent on 9 months), in its start month
    }

    [Fact]
    public async Task The_parallel_comparison_gives_the_same_result_and_changes_in_order()
    {
        var sequential = new List<CaseComparison>();
        var expected = TestEngine.Instance.Compare(Reform.Value, HandCheckedCases(), sequential.Add);
        var parallel = new List<CaseComparison>();
        var cases = Enumerable.Repeat(0, 40).SelectMany(_ => HandCheckedCases()).ToArray();

        var once = await TestEngine.Instance.CompareAsync(Reform.Value, BatchInput.Cases(HandCheckedCases().ToAsyncEnumerable()), parallel.Add, new BatchOptions { MaxDegreeOfParallelism = 4, BufferSize = 3 });
        var many = await TestEngine.Instance.CompareAsync(Reform.Value, BatchInput.Cases(cases.ToAsyncEnumerable()), null, new BatchOptions { MaxDegreeOfParallelism = 3 });

        Assert.Equal(expected, once);
        Assert.Equal(sequential, parallel);
        Assert.Equal(expected.Cost.CostAfterRub * 40, many.Cost.CostAfterRub);
        Assert.Equal(expected.Cost.NewlyDetermined * 40, many.Cost.NewlyDetermined);
    }

    [Fact]
    public async Task A_null_case_in_the_parallel_comparison_is_counted_invalid()
    {
        PolicyCase?[] cases = [In(Regions.Bryansk), null, In(Regions.Kursk)];
        var result = await TestEngine.Instance.CompareAsync(Reform.Value, BatchInput.Cases(cases.ToAsyncEnumerable()));
        Assert.Equal((3L, 1L), (result.Cases, result.Invalid));
    }

    [Fact]
    public void Invalid_cases_are_counted_and_left_out()
    {
        var result = TestEngine.Instance.Compare(Reform.Value, [In("Moscow"), In(Regions.Belgorod)]);
        Assert.Equal((2L, 1L, 0L), (result.Cases, result.Invalid, result.CasesChanged));
    }

    // A second engine built from the same (empty) options: the reform that changes nothing.
    private static readonly Lazy<PolicyEngine> Unchanged = new(PolicyEngine.CreateDefault);

    [PolicyProperty]
    public void A_reform_equal_to_the_baseline_changes_nothing(CaseSpec[] specs)
    {
        var unchanged = Unchanged.Value;
        var cases = specs.Select(s => s.ToCase()).ToArray();
        var result = TestEngine.Instance.Compare(unchanged, cases, c => Assert.Fail($"case {c.CaseId} changed"));
        Assert.Equal(0, result.CasesChanged);
        Assert.Equal(result.Cost.CostBeforeRub, result.Cost.CostAfterRub);
        Assert.Equal(0m, result.Cost.MeasuredChangeRub);
        Assert.Equal(result.Cost.UndeterminedBefore, result.Cost.UndeterminedAfter);
        Assert.Equal((0L, 0L, 0L, 0L, 0L, 0L), (result.Cost.Rises, result.Cost.Falls, result.Cost.NewlyDetermined, result.Cost.NewlyUndetermined, result.BecameDetermined, result.BecameUndetermined));
    }

    // The cost totals hold together for any population: after = before + measured + newly determined − newly
    // Undetermined, overall and per region; the regions sum to the whole; no-contract cases are exactly those counted apart.
    [PolicyProperty]
    public void Cost_totals_hold_together_and_cases_without_a_contract_are_counted_apart(CaseSpec[] specs)
    {
        var cases = specs.Select(s => s.ToCase()).ToArray();
        var perCase = new List<CaseComparison>();
        var result = TestEngine.Instance.Compare(Reform.Value, cases, perCase.Add);

        foreach (var k in result.ByRegion.Select(r => r.Cost).Append(result.Cost))
        {
            Assert.Equal(k.CostAfterRub, k.CostBeforeRub + k.MeasuredChangeRub + k.NewlyDeterminedRub - k.NewlyUndeterminedRub);
            // Rises and falls exclude each other; a part newly (un)determined is counted on its own, whatever the measured change.
            Assert.True(k.Rises + k.Falls <= k.CasesWithContract);
            Assert.InRange(k.NewlyDetermined, 0, k.CasesWithContract);
            Assert.InRange(k.NewlyUndetermined, 0, k.CasesWithContract);
            Assert.InRange(k.UndeterminedBefore, 0, k.CasesWithContract);
            Assert.InRange(k.UndeterminedAfter, 0, k.CasesWithContract);
        }

        Assert.Equal(result.Cost.CostBeforeRub, result.ByRegion.Sum(r => r.Cost.CostBeforeRub));
        Assert.Equal(result.Cost.CostAfterRub, result.ByRegion.Sum(r => r.Cost.CostAfterRub));
        var valid = cases.Where(c => TestEngine.Instance.Evaluate(c).IsValid).ToArray();
        Assert.Equal(valid.Count(c => c.Contract is null), result.Cost.CasesWithoutContract);
        Assert.All(perCase, c => Assert.Equal(c.Cost == CostChange.NoContract || c.UndeterminedBefore.Count > 0, c.CostBeforeRub is null));
        Assert.All(perCase, c => Assert.Equal(c.Cost == CostChange.NoContract || c.UndeterminedAfter.Count > 0, c.CostAfterRub is null));
        Assert.All(perCase.Where(c => c.Cost != CostChange.NoContract), c => Assert.Equal(c.MeasuredChangeRub > 0, c.Cost == CostChange.Rises));
        Assert.All(perCase.Where(c => c.Cost != CostChange.NoContract), c => Assert.Equal(c.MeasuredChangeRub < 0, c.Cost == CostChange.Falls));
        foreach (var r in result.ByRegion)
        {
            var months = result.ByMonth.Where(m => m.Region == r.Region).ToArray();
            Assert.Equal((r.Cost.CostBeforeRub, r.Cost.CostAfterRub), (months.Sum(m => m.CostBeforeRub), months.Sum(m => m.CostAfterRub)));
        }

        Assert.All(perCase.Where(c => c.Cost == CostChange.NewlyDetermined), c => Assert.NotEmpty(c.UndeterminedBefore.Except(c.UndeterminedAfter)));
    }
}
