using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Extension;

/// <summary>Settings the engine once accepted and now refuses when it is built, and that every failure is reported at once.</summary>
public sealed class RefusedSettingsTests
{
    private static readonly SourceCitation Law = new("Age law 2025", "The age limits of the unit are changed.");
    private static readonly DateOnly From = new(2025, 1, 1);

    private static PolicyConfigurationException Refused(Action<PolicyEngineOptions> configure) =>
        Assert.Throws<PolicyConfigurationException>(() => PolicyEngine.Create(configure));

    [Fact]
    public void A_minimum_age_above_the_shipped_maximum_is_refused()
    {
        var ex = Refused(o => o.Parameters.Set(Regions.Kursk, Parameter.MinimumAge, 70, From, Law));
        var failure = Assert.Single(ex.Failures);
        Assert.Contains("MinimumAge 70", failure, StringComparison.Ordinal);
        Assert.Contains("MaximumAge 65", failure, StringComparison.Ordinal);
        Assert.Contains("'Kursk'", failure, StringComparison.Ordinal);
        Assert.Contains("2025-01-01", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void A_maximum_age_below_the_shipped_minimum_is_refused()
    {
        var ex = Refused(o => o.Parameters.Set(Regions.Bryansk, Parameter.MaximumAge, 17, From, Law, From.AddYears(1)));
        Assert.Contains("MinimumAge 18", Assert.Single(ex.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void Host_age_limits_that_cross_only_where_their_periods_overlap_are_refused_from_the_first_such_day()
    {
        var ex = Refused(o => o.Parameters
            .Set(Regions.Belgorod, Parameter.MinimumAge, 40, From, Law)
            .Set(Regions.Belgorod, Parameter.MaximumAge, 35, From.AddMonths(-6), Law, From.AddMonths(6)));
        var failure = Assert.Single(ex.Failures);
        Assert.Contains("MinimumAge 40", failure, StringComparison.Ordinal);
        Assert.Contains("MaximumAge 35", failure, StringComparison.Ordinal);
        Assert.Contains("2025-01-01", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Host_age_limits_that_would_cross_but_never_hold_on_the_same_day_are_accepted()
    {
        var engine = PolicyEngine.Create(o => o.Parameters
            .Set(Regions.Belgorod, Parameter.MaximumAge, 35, From.AddYears(-1), Law, From.AddDays(-1))
            .Set(Regions.Belgorod, Parameter.MinimumAge, 40, From, Law));
        Assert.Contains(Regions.Belgorod, engine.Regions);
    }

    [Fact]
    public void An_undefined_parameter_is_refused()
    {
        var ex = Refused(o => o.Parameters.Set(Regions.Kursk, (Parameter)42, 1, From, Law));
        Assert.Contains("42 is not a parameter", Assert.Single(ex.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void A_region_differing_only_by_case_from_a_shipped_region_is_refused()
    {
        var ex = Refused(o => o.AddRegion("kursk"));
        var failure = Assert.Single(ex.Failures);
        Assert.Contains("'kursk'", failure, StringComparison.Ordinal);
        Assert.Contains("'Kursk'", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_added_regions_differing_only_by_case_are_refused()
    {
        var ex = Refused(o => o.AddRegion("Testland").AddRegion("TESTLAND"));
        var failure = Assert.Single(ex.Failures);
        Assert.Contains("'TESTLAND'", failure, StringComparison.Ordinal);
        Assert.Contains("'Testland'", failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(EmittedRuleSet.Shape.Internal, "Host.HiddenRule")]
    [InlineData(EmittedRuleSet.Shape.NestedPublic, "Host.Outer+HiddenRule")]
    [InlineData(EmittedRuleSet.Shape.NestedPrivate, "Host.Outer+HiddenRule")]
    [InlineData(EmittedRuleSet.Shape.OpenGeneric, "Host.HiddenRule`1")]
    public void A_rule_class_of_a_host_rule_set_that_cannot_be_loaded_is_refused_by_name(EmittedRuleSet.Shape shape, string className)
    {
        var assembly = EmittedRuleSet.With(shape);
        var ex = Refused(o => o.AddRuleSet(assembly));
        var failure = Assert.Single(ex.Failures);
        Assert.Contains($"'{className}'", failure, StringComparison.Ordinal);
        Assert.Contains("cannot be loaded", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_failure_is_reported_at_once_each_in_its_own_words()
    {
        var ex = Refused(o => o
            .AddRegion(Regions.Kursk)
            .DisableRule(Regions.Kursk, "Enlistment.NoSuchRule", "x")
            .Parameters
            .Set("Moscow", Parameter.MonthlyPayRub, 1, From, Law)
            .Set(Regions.Kursk, Parameter.MinimumAge, 17.5m, From, Law));

        Assert.Equal(4, ex.Failures.Count);
        Assert.Contains(ex.Failures, f => f == "Region 'Kursk' is added twice, or is a region the library ships.");
        Assert.Contains(ex.Failures, f => f == "Rule 'Enlistment.NoSuchRule' is disabled for 'Kursk', but no rule has that name.");
        Assert.Contains(ex.Failures, f => f == "MonthlyPayRub for 'Moscow' from 2025-01-01: 'Moscow' is not a known region (add it with AddRegion).");
        Assert.Contains(ex.Failures, f => f == "MinimumAge for 'Kursk' from 2025-01-01: 17.5 is not a possible value.");
        foreach (var failure in ex.Failures) Assert.Contains(failure, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_failure_is_the_whole_message()
    {
        var ex = Refused(o => o.AddRegion(Regions.Kursk));
        Assert.Equal("Region 'Kursk' is added twice, or is a region the library ships.", ex.Message);
    }
}
