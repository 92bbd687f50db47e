using System.Globalization;
using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Json;

/// <summary>A decision's ToString is one short line for logs and test failures: the case, then each outcome.</summary>
public sealed class DecisionTextTests
{
    [Fact]
    public void A_valid_decision_reads_as_the_case_then_each_outcome()
    {
        var decision = TestEngine.Evaluate(Cases.In(Regions.Bryansk) with { CaseId = "c-1" });

        var text = decision.ToString();

        Assert.StartsWith("c-1 Bryansk 2024-10-01: Eligible; MonthlyPay Entitled 40,000/Month; OneTimePayment ", text, StringComparison.Ordinal);
        Assert.Contains("; RepayOneTimePayment NotOwed; Assigned (training ends ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Findings", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Environment.NewLine, text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undetermined_outcome_gives_its_reason()
    {
        var decision = TestEngine.Evaluate(Cases.In(Regions.Kursk) with { CaseId = "k-1" });

        Assert.Equal("MonthlyPay Undetermined (SourceSilent)", decision.Entitlement(EntitlementKind.MonthlyPay).ToString());
    }

    [Fact]
    public void An_invalid_decision_reads_as_the_case_then_its_errors()
    {
        var decision = PolicyDecision.Invalid(null, "Atlantis", null, [new ValidationError("region", "is not a known region."), new ValidationError("$", "is bad.")]);

        Assert.Equal("? Atlantis ?: invalid: region is not a known region.; $ is bad.", decision.ToString());
    }

    [Fact]
    public void Amounts_are_written_the_same_in_every_culture()
    {
        var decision = TestEngine.Evaluate(Cases.In(Regions.Bryansk));
        var before = CultureInfo.CurrentCulture;
        try
        {
            // The tests run with invariant globalization: a culture that groups and separates as Russian does, by hand.
            var russianLike = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            russianLike.NumberFormat.NumberGroupSeparator = "\u00A0";
            russianLike.NumberFormat.NumberDecimalSeparator = ",";
            CultureInfo.CurrentCulture = russianLike;
            Assert.Equal("MonthlyPay Entitled 40,000/Month", decision.Entitlement(EntitlementKind.MonthlyPay).ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void A_finding_reads_as_its_rule_and_claims()
    {
        var finding = TestEngine.Evaluate(Cases.In(Regions.Bryansk)).Entitlement(EntitlementKind.MonthlyPay).Findings[0];

        Assert.Equal($"{finding.RuleId} ({string.Join(", ", finding.Claims)})", finding.ToString());
    }
}
