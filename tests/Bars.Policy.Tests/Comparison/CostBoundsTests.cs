using Bars.Policy.Comparison;
using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Comparison;

/// <summary>Costs at the bound of host amounts are exact over the longest contract and a large population; a total
/// that leaves decimal's range is reported, not thrown.</summary>
public sealed class CostBoundsTests
{
    private const decimal Trillion = 1_000_000_000_000m;
    private static readonly DateOnly From = new(2024, 1, 1);
    private static readonly SourceCitation Order = new("Bounds order 1", "The host's own value.");

    // Born on the first representable day and 18 on the contract's start (0019-01-01: a birth after the start is an
    // error, I6), the longest contract whose term ends on a representable date (9999-11-30).
    private static readonly DateOnly Start = new(19, 1, 1);
    private const int LongestMonths = 9980 * 12 + 11;

    // The calendar months before the host's values take effect (2024-01-01): paid at the shipped rate (I9).
    private const int MonthsBeforeTheBound = (2024 - 19) * 12;

    private static readonly Lazy<PolicyEngine> AtTheBound = new(() => PolicyEngine.Create(o => o.Parameters
        .Set(Regions.Bryansk, Parameter.MonthlyPayRub, Trillion, From, Order)
        .Set(Regions.Bryansk, Parameter.InjuryOnDutyCompensationRub, Trillion, From, Order)));

    private static PolicyCase Longest(int i) =>
        Cases.In(Regions.Bryansk, new Applicant(DateOnly.MinValue, Sex.Male), new Contract(LongestMonths, Start), injuries: [Cases.OnDuty()]) with { CaseId = $"longest-{i}" };

    [Fact]
    public void Amounts_at_the_bound_over_the_longest_contract_and_a_large_population_are_summed_exactly()
    {
        const int population = 2_000;
        // Monthly pay at the shipped rate to 2023-12 and at the bound from 2024-01 (I9; a start on the 1st: whole
        // calendar months) + injury compensation (the injury is in 2024).
        var perCase = (40_000m * MonthsBeforeTheBound) + (Trillion * (LongestMonths - MonthsBeforeTheBound)) + Trillion;
        var baseline = 40_000m * LongestMonths;                       // Bryansk's shipped rate; compensation silent (Undetermined, not summed)

        var result = TestEngine.Instance.Compare(AtTheBound.Value, Enumerable.Range(0, population).Select(Longest));

        Assert.False(result.CostsOverflowed);
        Assert.Equal((population, 0L, (long)population), (result.Cases, result.Invalid, result.CasesChanged));
        Assert.Equal(baseline * population, result.Cost.CostBeforeRub);
        Assert.Equal(perCase * population, result.Cost.CostAfterRub);
        Assert.Equal(perCase * population, Assert.Single(result.ByRegion).Cost.CostAfterRub);
        Assert.Equal((Trillion - 40_000m) * (LongestMonths - MonthsBeforeTheBound) * population, result.Cost.MeasuredChangeRub);
        Assert.Equal(Trillion * population, result.Cost.NewlyDeterminedRub);

        Assert.Equal((long)population, result.Cost.NewlyDetermined);
        Assert.Equal(result.Cost.CostAfterRub, result.ByMonth.Sum(m => m.CostAfterRub));  // every month, exactly
        Assert.Equal(LongestMonths, result.ByMonth.Count);

        // The bound argued in ComparisonTally: at these costs a total leaves decimal's range only past 6.6e11 cases.
        Assert.True(decimal.MaxValue / perCase > 660_000_000_000m);
    }

    [Fact]
    public void A_total_that_would_leave_decimals_range_is_reported_as_overflowed_and_keeps_the_cases_that_fit()
    {
        // Amounts no host value can have (a host rule's own amount can): each case fits, three of them do not.
        var policyCase = Cases.In(Regions.Bryansk) with { CaseId = "huge" };
        var decision = TestEngine.Instance.Evaluate(policyCase);                 // 40,000 × 12 + 300,000
        var third = decimal.MaxValue / 3;                                       // exact: MaxValue is a multiple of 3
        var huge = With(decision, EntitlementKind.OneTimePayment, third, PaymentPeriod.Once);
        var tally = new ComparisonTally(TestEngine.Instance, TestEngine.Instance);

        for (var i = 0; i < 3; i++) tally.Add(policyCase, decision, huge);
        var result = tally.Result();

        Assert.True(result.CostsOverflowed);
        Assert.Equal((3L, 3L, 3L), (result.Cases, result.CasesChanged, result.Cost.Rises));
        var fitted = 2 * (third + 480_000m);                                    // the first two cases; the third is left out
        Assert.Equal((2 * 780_000m, fitted), (result.Cost.CostBeforeRub, result.Cost.CostAfterRub));
        var region = Assert.Single(result.ByRegion);
        Assert.Equal((3L, 2 * 780_000m, fitted), (region.Cases, region.Cost.CostBeforeRub, region.Cost.CostAfterRub));
    }

    [Fact]
    public void A_case_whose_own_cost_leaves_decimals_range_is_a_host_rules_defect_named_with_the_rule_and_the_case()
    {
        var policyCase = Cases.In(Regions.Bryansk) with { CaseId = "absurd" };
        var decision = TestEngine.Instance.Evaluate(policyCase);
        var absurd = With(decision, EntitlementKind.MonthlyPay, decimal.MaxValue / 3, PaymentPeriod.Month); // × 12 months

        var error = Assert.Throws<PolicyEvaluationException>(() => new ComparisonTally(TestEngine.Instance, TestEngine.Instance).Add(policyCase, decision, absurd));
        Assert.Equal(("Payment.MonthlyPayAtRegionalRate", "absurd"), (error.RuleName, error.CaseId));
        Assert.IsType<OverflowException>(error.InnerException);
        Assert.Contains("MonthlyPay", error.Message, StringComparison.Ordinal);
        Assert.Contains("'absurd'", error.Message, StringComparison.Ordinal);
    }

    // The decision with one entitlement's amount replaced, keeping its findings (and so the rule that decided it).
    private static PolicyDecision With(PolicyDecision d, EntitlementKind kind, decimal amount, PaymentPeriod period) => new(
        d.CaseId, d.Region, d.AsOf, d.Enlistment,
        d.Entitlements.Select(e => e.Kind == kind ? new EntitlementDecision(kind, EntitlementStatus.Entitled, amount, period, null, e.Findings) : e).ToArray(),
        d.Obligations, d.Service, []);
}
