using Bars.Policy.Tests.Properties;
using Bars.Policy.Tests.Support;
using static Bars.Policy.Tests.Support.Cases;

namespace Bars.Policy.Tests.Comparison;

/// <summary>Reform comparison: per case what changes, and the totals, checked by hand on ten cases.</summary>
public sealed class CompareTests
{
    private static readonly DateOnly From = new(2024, 1, 1);

    // Bryansk monthly 40,000 -> 60,000; Kursk monthly filled at 50,000.
    private static readonly Lazy<PolicyEngine> Reform = new(() => PolicyEngine.Create(o => o.Parameters
        .Set(Regions.Bryansk, Parameter.MonthlyPayRub, 60_000m, From, new SourceCitation("Reform A", "60,000 a month in Bryansk."))
        .Set(Regions.Kursk, Parameter.MonthlyPayRub, 50_000m, From, new SourceCitation("Reform A", "50,000 a month in Kursk."))));

    private static PolicyCase[] TenCases() =>
    [
        In(Regions.Bryansk, contract: Contract(12)) with { CaseId = "1" },                      // 780,000 -> 1,020,000
        In(Regions.Bryansk, contract: Contract(6)) with { CaseId = "2" },                       // 390,000 -> 510,000
        WithoutContract(Regions.Bryansk) with { CaseId = "3" },                                 // 0 -> 0, rate 40,000 -> 60,000
        In(Regions.Bryansk, contract: Contract(9)) with { CaseId = "4" },                       // 360,000 -> 540,000
        In(Regions.Kursk, contract: Contract(12), injuries: [OnDuty()]) with { CaseId = "5" },  // 3,000,000 -> 3,600,000
        In(Regions.Kursk, contract: Contract(12)) with { CaseId = "6" },                        // 0 -> 600,000
        In(Regions.Kursk, Woman(), Contract(12)) with { CaseId = "7" },                         // Ineligible: 0 -> 0
        In(Regions.Belgorod, contract: Contract(12)) with { CaseId = "8" },                     // 960,000 -> 960,000
        In(Regions.Belgorod, Woman(), Contract(12)) with { CaseId = "9" },                      // Undetermined: 0 -> 0
        In(Regions.Bryansk, Man(70), Contract(12)) with { CaseId = "10" },                      // Ineligible: 0 -> 0
    ];

    [Fact]
    public void Ten_hand_checked_cases_give_the_exact_totals()
    {
        var changed = new List<CaseComparison>();
        var result = TestEngine.Instance.Compare(Reform.Value, TenCases(), changed.Add);

        Assert.Equal(10, result.Cases);
        Assert.Equal(0, result.Invalid);
        Assert.Equal(6, result.CasesChanged);
        Assert.Equal(5_490_000m, result.TotalCostBeforeRub);
        Assert.Equal(7_230_000m, result.TotalCostAfterRub);
        Assert.Equal(5, result.Winners);
        Assert.Equal(0, result.Losers);
        Assert.Equal(2, result.BecameDetermined);
        Assert.Equal(0, result.BecameUndetermined);
        Assert.Equal(
            [new RegionComparison(Regions.Belgorod, 2, 0, 960_000m, 960_000m), new RegionComparison(Regions.Bryansk, 5, 4, 1_530_000m, 2_070_000m), new RegionComparison(Regions.Kursk, 3, 2, 3_000_000m, 4_200_000m)],
            result.ByRegion);
        Assert.Equal([new OutcomeCount("MonthlyPay", 6)], result.ByOutcome);

        Assert.Equal(["1", "2", "3", "4", "5", "6"], changed.Select(c => c.CaseId));
        var kurskFilled = changed.Single(c => c.CaseId == "6");
        Assert.Equal(new OutcomeChange("MonthlyPay", "Undetermined", "Entitled", null, 50_000m), Assert.Single(kurskFilled.Changes));
        Assert.Equal((0m, 600_000m), (kurskFilled.CostBeforeRub, kurskFilled.CostAfterRub));
        var rateOnly = changed.Single(c => c.CaseId == "3");
        Assert.Equal(new OutcomeChange("MonthlyPay", "Entitled", "Entitled", 40_000m, 60_000m), Assert.Single(rateOnly.Changes));
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
        Assert.Equal(result.TotalCostBeforeRub, result.TotalCostAfterRub);
        Assert.Equal((0L, 0L, 0L, 0L), (result.Winners, result.Losers, result.BecameDetermined, result.BecameUndetermined));
    }
}
