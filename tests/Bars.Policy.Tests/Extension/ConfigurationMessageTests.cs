using System.Reflection;
using Bars.Policy.Rules;
using NRules.RuleModel;

namespace Bars.Policy.Tests.Extension;

/// <summary>A configuration failure says which (region, parameter, rule, citations) and how to fix it.</summary>
public sealed class ConfigurationMessageTests
{
    private static readonly SourceCitation First = new("Kursk decree 1", "The monthly rate is 50,000 roubles.");
    private static readonly SourceCitation Second = new("Kursk decree 2", "The monthly rate is 60,000 roubles.");
    private static readonly DateOnly From = new(2025, 1, 1);

    private static IReadOnlyList<string> Failures(Action<PolicyEngineOptions> configure) =>
        Assert.Throws<PolicyConfigurationException>(() => PolicyEngine.Create(configure)).Failures;

    [Fact]
    public void Overlapping_periods_name_the_region_the_parameter_both_citations_and_the_fix()
    {
        var failures = Failures(o => o.Parameters
            .Set(Regions.Kursk, Parameter.MonthlyPayRub, 50_000, From, First)
            .Set(Regions.Kursk, Parameter.MonthlyPayRub, 60_000, From.AddMonths(6), Second)
            .Set(Regions.Bryansk, Parameter.MonthlyPayRub, 50_000, From, First)
            .Set(Regions.Bryansk, Parameter.MonthlyPayRub, 60_000, From.AddMonths(6), Second));

        Assert.Equal(2, failures.Count);
        Assert.Contains(
            "MonthlyPayRub for 'Kursk' has overlapping periods: from 2025-01-01 with no end (cited 'Kursk decree 1') and from 2025-07-01 (cited 'Kursk decree 2'). End the first with effectiveTo 2025-06-30, the day before the second starts.",
            failures);
        Assert.Contains(failures, f => f.StartsWith("MonthlyPayRub for 'Bryansk' has overlapping periods", StringComparison.Ordinal));
    }

    [Fact]
    public void A_region_differing_only_by_case_or_white_space_gets_did_you_mean()
    {
        var failures = Failures(o => o.Parameters.Set("kursk", Parameter.MonthlyPayRub, 1, From, First).Set("Kursk\u00a0", Parameter.MonthlyPayRub, 1, From, First));
        Assert.Contains("MonthlyPayRub for 'kursk' from 2025-01-01: 'kursk' is not a known region. Did you mean 'Kursk'? (Region names are compared exactly.)", failures);
        Assert.Contains(failures, f => f.Contains("Did you mean 'Kursk'?", StringComparison.Ordinal) && f.Contains("'Kursk\u00a0'", StringComparison.Ordinal));
        Assert.DoesNotContain(failures, f => f.Contains("AddRegion", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Kursk ")]
    [InlineData(" Testland")]
    [InlineData("Test\u00a0land")]
    [InlineData("Test\tland")]
    public void A_region_name_with_stray_white_space_is_refused(string region)
    {
        var failure = Assert.Single(Failures(o => o.AddRegion(region)));
        Assert.Contains($"Region '{region}' has white space", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_rule_or_region_in_DisableRule_gets_did_you_mean()
    {
        var failures = Failures(o => o
            .DisableRule(Regions.Kursk, "Enlistment.KurskWomanWithoutMedicalQualificaton", "review")
            .DisableRule("Kurks", "Enlistment.KurskWomanWithoutMedicalQualification", "review"));
        Assert.Contains("Rule 'Enlistment.KurskWomanWithoutMedicalQualificaton' is disabled for 'Kursk', but no rule has that name. Did you mean 'Enlistment.KurskWomanWithoutMedicalQualification'?", failures);
        Assert.Contains("Rule 'Enlistment.KurskWomanWithoutMedicalQualification' is disabled for 'Kurks', which is not a known region. Did you mean 'Kursk'?", failures);
    }

    [Fact]
    public void An_AppliesTo_region_misspelt_gets_did_you_mean()
    {
        var assembly = EmittedRuleSet.AppliesTo("Novolnd");
        var failures = Failures(o => o.AddRegion("Novoland").AddRuleSet(assembly));
        Assert.Contains(failures, f => f.EndsWith("applies to 'Novolnd', which is not a known region. Did you mean 'Novoland'?", StringComparison.Ordinal));
    }

    [Fact]
    public void DisableRule_without_a_reason_joins_the_other_failures()
    {
        var failures = Failures(o => o
            .DisableRule(Regions.Kursk, "Enlistment.KurskWomanWithoutMedicalQualification", "")
            .AddRegion("Kursk "));
        Assert.Equal(2, failures.Count);
        Assert.Contains("Rule 'Enlistment.KurskWomanWithoutMedicalQualification' is disabled for 'Kursk' without a reason: say why (it is kept for audit).", failures);
    }

    [Theory]
    [InlineData(-1_000_000)]
    [InlineData(1_000_000_000_001)]
    public void A_host_rule_cannot_decide_an_amount_a_parameter_could_not_hold(long amount)
    {
        var ctx = DispatchProxy.Create<IContext, UnusedContext>();
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            Decide.Entitled(ctx, EntitlementKind.MonthlyPay, amount, PaymentPeriod.Month, HostRules.Order1, "paid"));
        Assert.Contains("outside 0 to 1,000,000,000,000", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A rule context no call reaches: the amount is refused before it is recorded.</summary>
    public class UnusedContext : DispatchProxy
    {
        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
            throw new InvalidOperationException($"{targetMethod?.Name} was called: the amount should have been refused first.");
    }
}
