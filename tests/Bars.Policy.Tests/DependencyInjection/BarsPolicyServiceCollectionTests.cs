using Bars.Policy.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using static Bars.Policy.Tests.Support.Cases;

namespace Bars.Policy.Tests.DependencyInjection;

/// <summary>Registration the Microsoft.Extensions way: options that compose, see other services, are validated all
/// at once and at host start, and a keyed engine beside the default one.</summary>
public sealed class BarsPolicyServiceCollectionTests
{
    private static readonly SourceCitation KurskOrder = new("Kursk order 17/2025", "BARS-Kursk members are paid 50,000 roubles a month.");
    private static readonly SourceCitation BryanskOrder = new("Bryansk order 3/2025", "The monthly rate is raised to 60,000 roubles.");
    private static readonly DateOnly From = new(2024, 1, 1);

    private static decimal? MonthlyPay(PolicyEngine engine, string region) =>
        engine.Evaluate(In(region)).Entitlement(EntitlementKind.MonthlyPay).AmountRub;

    /// <summary>A host's own service, read by its configuration.</summary>
    private sealed record PayOrder(decimal AmountRub, SourceCitation Citation);

    [Fact]
    public void Repeated_calls_compose_their_configurations_into_one_engine()
    {
        var services = new ServiceCollection()
            .AddBarsPolicy(o => o.Parameters.Set(Regions.Kursk, Parameter.MonthlyPayRub, 50_000m, From, KurskOrder))
            .AddBarsPolicy(o => o.Parameters.Set(Regions.Bryansk, Parameter.MonthlyPayRub, 60_000m, From, BryanskOrder));
        Assert.Single(services, d => d.ServiceType == typeof(PolicyEngine));

        using var provider = services.BuildServiceProvider();
        var engine = provider.GetRequiredService<PolicyEngine>();
        Assert.Equal(50_000m, MonthlyPay(engine, Regions.Kursk));
        Assert.Equal(60_000m, MonthlyPay(engine, Regions.Bryansk));
    }

    [Fact]
    public void The_options_pattern_s_own_Configure_composes_with_AddBarsPolicy()
    {
        using var provider = new ServiceCollection()
            .AddBarsPolicy()
            .Configure<PolicyEngineOptions>(o => o.Parameters.Set(Regions.Kursk, Parameter.MonthlyPayRub, 50_000m, From, KurskOrder))
            .BuildServiceProvider();
        Assert.Equal(50_000m, MonthlyPay(provider.GetRequiredService<PolicyEngine>(), Regions.Kursk));
    }

    [Fact]
    public void A_configuration_that_sees_the_service_provider_reads_another_service()
    {
        using var provider = new ServiceCollection()
            .AddSingleton(new PayOrder(50_000m, KurskOrder))
            .AddBarsPolicy((o, sp) =>
            {
                var order = sp.GetRequiredService<PayOrder>();
                o.Parameters.Set(Regions.Kursk, Parameter.MonthlyPayRub, order.AmountRub, From, order.Citation);
            })
            .BuildServiceProvider();
        Assert.Equal(50_000m, MonthlyPay(provider.GetRequiredService<PolicyEngine>(), Regions.Kursk));
    }

    [Fact]
    public void Every_configuration_failure_is_reported_at_once_when_the_engine_is_resolved()
    {
        using var provider = new ServiceCollection()
            .AddBarsPolicy(o => o.AddRegion(Regions.Kursk))
            .AddBarsPolicy(o => o.DisableRule(Regions.Kursk, "Enlistment.NoSuchRule", "x"))
            .AddBarsPolicy(o => o.Parameters.Set("Moscow", Parameter.MonthlyPayRub, 1, From, KurskOrder))
            .BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<PolicyEngine>());
        Assert.Equal(
            [
                "Region 'Kursk' is added twice, or is a region the library ships.",
                "MonthlyPayRub for 'Moscow' from 2024-01-01: 'Moscow' is not a known region (add it with AddRegion).",
                "Rule 'Enlistment.NoSuchRule' is disabled for 'Kursk', but no rule has that name.",
            ],
            ex.Failures);
    }

    [Fact]
    public async Task A_bad_configuration_stops_a_generic_host_at_start_up()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddBarsPolicy(o => o.AddRegion("kursk"));
        using var host = builder.Build();

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains("'kursk'", Assert.Single(ex.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_keyed_configuration_stops_a_generic_host_at_start_up_too()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddBarsPolicy().AddKeyedBarsPolicy("reform", o => o.DisableRule(Regions.Kursk, "Enlistment.NoSuchRule", "x"));
        using var host = builder.Build();

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Equal("reform", ex.OptionsName);
        Assert.Contains("Enlistment.NoSuchRule", Assert.Single(ex.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_good_configuration_starts_a_generic_host_and_its_engine_evaluates()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddBarsPolicy(o => o.Parameters.Set(Regions.Kursk, Parameter.MonthlyPayRub, 50_000m, From, KurskOrder));
        using var host = builder.Build();

        await host.StartAsync();
        Assert.Equal(50_000m, MonthlyPay(host.Services.GetRequiredService<PolicyEngine>(), Regions.Kursk));
        await host.StopAsync();
    }

    [Fact]
    public void A_keyed_reform_engine_lives_beside_the_baseline_with_its_own_options()
    {
        using var provider = new ServiceCollection()
            .AddBarsPolicy()
            .AddKeyedBarsPolicy("reform", o => o.Parameters.Set(Regions.Bryansk, Parameter.MonthlyPayRub, 60_000m, From, BryanskOrder))
            .AddKeyedBarsPolicy("reform", (o, _) => o.DisableRule(Regions.Kursk, "Enlistment.KurskWomanWithoutMedicalQualification", "Repealed."))
            .BuildServiceProvider();

        var baseline = provider.GetRequiredService<PolicyEngine>();
        var reform = provider.GetRequiredKeyedService<PolicyEngine>("reform");
        Assert.NotSame(baseline, reform);
        Assert.Same(reform, provider.GetRequiredKeyedService<PolicyEngine>("reform"));

        Assert.Equal(40_000m, MonthlyPay(baseline, Regions.Bryansk));
        Assert.Equal(60_000m, MonthlyPay(reform, Regions.Bryansk));
        const string rule = "Enlistment.KurskWomanWithoutMedicalQualification";
        Assert.Empty(baseline.DisabledRules);
        Assert.Contains(baseline.Evaluate(In(Regions.Kursk, Woman())).Enlistment!.Findings, f => f.RuleId == rule);
        Assert.Equal(rule, Assert.Single(reform.DisabledRules).RuleName);
        Assert.Equal(EnlistmentOutcome.Eligible, reform.Evaluate(In(Regions.Kursk, Woman())).Enlistment!.Outcome);
    }

    [Fact]
    public void A_keyed_engine_alone_registers_no_default_engine()
    {
        using var provider = new ServiceCollection().AddKeyedBarsPolicy("reform", _ => { }).BuildServiceProvider();
        Assert.Null(provider.GetService<PolicyEngine>());
        Assert.NotNull(provider.GetKeyedService<PolicyEngine>("reform"));
    }
}
