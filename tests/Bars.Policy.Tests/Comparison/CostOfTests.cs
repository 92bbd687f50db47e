using Bars.Policy.Tests.Support;
using static Bars.Policy.Tests.Support.Cases;

namespace Bars.Policy.Tests.Comparison;

/// <summary><c>engine.CostOf(case, decision)</c>: a case's cost part by part, the numbers the comparison sums (issue 23).</summary>
public sealed class CostOfTests
{
    private static readonly PolicyEngine Engine = PolicyEngine.CreateDefault();

    [Fact]
    public void The_bryansk_contract_ended_after_four_and_a_half_months_costs_180_000_part_by_part()
    {
        var policyCase = In(Regions.Bryansk, contract: new Contract(12, new DateOnly(2024, 2, 1), new DateOnly(2024, 6, 16)));
        var cost = Engine.CostOf(policyCase, Engine.Evaluate(policyCase))!;

        Assert.Equal(4.5m, cost.MonthsInForce);
        Assert.Equal(180_000m, cost.MonthlyPay.AmountRub);
        Assert.Equal(300_000m, cost.OneTimePayment.AmountRub);
        Assert.Equal(0m, cost.InjuryCompensation.AmountRub);
        Assert.Equal(-300_000m, cost.RepayOneTimePayment.AmountRub);
        Assert.Equal(180_000m, cost.TotalRub);
        Assert.Null(cost.MonthlyPay.UndeterminedReason);
    }

    [Fact]
    public void An_undetermined_part_is_null_with_its_reason_and_the_case_has_no_total()
    {
        var policyCase = In(Regions.Kursk, contract: new Contract(12, new DateOnly(2024, 2, 1)));
        var cost = Engine.CostOf(policyCase, Engine.Evaluate(policyCase))!;

        Assert.Null(cost.MonthlyPay.AmountRub);
        Assert.Equal(UndeterminedReason.SourceSilent, cost.MonthlyPay.UndeterminedReason);
        Assert.Null(cost.TotalRub);
        Assert.Equal(12m, cost.MonthsInForce);
    }

    [Fact]
    public void No_contract_or_an_invalid_decision_has_no_cost_and_a_foreign_region_is_refused()
    {
        var without = In(Regions.Bryansk) with { Contract = null };
        Assert.Null(Engine.CostOf(without, Engine.Evaluate(without)));
        var invalid = new PolicyCase("x", Regions.Bryansk, null, null);
        Assert.Null(Engine.CostOf(invalid, Engine.Evaluate(invalid)));

        var hosted = PolicyEngine.Create(o => o.AddRegion("Tula"));
        var tula = In("Tula", contract: new Contract(12, new DateOnly(2024, 2, 1)));
        Assert.Throws<ArgumentException>(() => Engine.CostOf(tula, hosted.Evaluate(tula)));
    }

    [Fact]
    public void Each_cases_cost_is_what_the_comparison_counts_for_it()
    {
        var reform = PolicyEngine.Create(o => o.Parameters.Set(Regions.Bryansk, Parameter.MonthlyPayRub, 60_000m, new DateOnly(2024, 1, 1), new SourceCitation("R", "Bryansk pays 60,000.")));
        var cases = SyntheticCases.Stream(seed: 3).Take(300).ToArray();
        var heard = new List<CaseComparison>();
        Engine.Compare(reform, cases, heard.Add);
        var compared = 0;
        foreach (var c in cases)
        {
            var (before, after) = (Engine.Evaluate(c), reform.Evaluate(c));
            if (!before.IsValid || c.Contract is null) continue;
            var (b, a) = (Engine.CostOf(c, before)!, reform.CostOf(c, after)!);
            var change = heard.FirstOrDefault(h => h.CaseId == c.CaseId);
            if (change is null) continue;
            Assert.Equal(change.CostBeforeRub, b.TotalRub);
            Assert.Equal(change.CostAfterRub, a.TotalRub);
            compared++;
        }

        Assert.True(compared > 10, "the reform changes enough cases to compare");
    }
}
