using Bars.Policy.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static Bars.Policy.Tests.Support.Cases;

namespace Bars.Policy.Tests.Extension;

/// <summary>What a host can do through the options: fill silences and override values from a date, add a region
/// with its own rules, switch a shipped rule off for one region — and what fails when the engine is built.</summary>
public sealed class ExtensionTests
{
    private static readonly SourceCitation KurskOrder = new("Kursk order 17/2025", "BARS-Kursk members are paid 50,000 roubles a month.");
    private static readonly DateOnly From = new(2024, 9, 15);

    // A member on asOf: monthly pay is a member's, on the days of membership (I7, I8).
    private static PolicyDecision At(PolicyEngine engine, string region, DateOnly asOf) =>
        engine.Evaluate(new PolicyCase("h-1", region, asOf, new Applicant(asOf.AddYears(-40), Sex.Male), new Contract(12, asOf.AddDays(-100))));

    [Fact]
    public void A_host_value_fills_Kursk_monthly_pay_from_its_date_and_it_stays_undetermined_before()
    {
        var engine = PolicyEngine.Create(o => o.Parameters.Set(Regions.Kursk, Parameter.MonthlyPayRub, 50_000m, From, KurskOrder));

        var before = At(engine, Regions.Kursk, From.AddDays(-1)).Entitlement(EntitlementKind.MonthlyPay);
        Assert.Equal(EntitlementStatus.Undetermined, before.Status);
        Assert.Equal(UndeterminedReason.SourceSilent, before.UndeterminedReason);

        var onTheDay = At(engine, Regions.Kursk, From).Entitlement(EntitlementKind.MonthlyPay);
        Assert.Equal(EntitlementStatus.Entitled, onTheDay.Status);
        Assert.Equal(50_000m, onTheDay.AmountRub);
        Assert.Equal(PaymentPeriod.Month, onTheDay.Period);
        var f = Assert.Single(onTheDay.Findings);
        Assert.Equal(["Kursk order 17/2025"], f.Claims);
        Assert.Equal(KurskOrder.Quote, f.Quote);
    }

    [Fact]
    public void A_host_value_with_an_end_holds_through_its_last_day_only()
    {
        var engine = PolicyEngine.Create(o => o.Parameters.Set(Regions.Kursk, Parameter.MonthlyPayRub, 50_000m, From, KurskOrder, effectiveTo: From.AddDays(9)));
        Assert.Equal(50_000m, At(engine, Regions.Kursk, From.AddDays(9)).Entitlement(EntitlementKind.MonthlyPay).AmountRub);
        Assert.Equal(EntitlementStatus.Undetermined, At(engine, Regions.Kursk, From.AddDays(10)).Entitlement(EntitlementKind.MonthlyPay).Status);
    }

    [Fact]
    public void A_host_value_overrides_a_shipped_amount_from_its_date_and_the_shipped_claim_holds_before()
    {
        var order = new SourceCitation("Bryansk order 3/2025", "The monthly rate is raised to 60,000 roubles.");
        var engine = PolicyEngine.Create(o => o.Parameters.Set(Regions.Bryansk, Parameter.MonthlyPayRub, 60_000m, From, order));

        var before = At(engine, Regions.Bryansk, From.AddDays(-1)).Entitlement(EntitlementKind.MonthlyPay);
        Assert.Equal(40_000m, before.AmountRub);
        Assert.Equal(["C9"], before.Findings[0].Claims);

        var after = At(engine, Regions.Bryansk, From).Entitlement(EntitlementKind.MonthlyPay);
        Assert.Equal(60_000m, after.AmountRub);
        Assert.Equal(["Bryansk order 3/2025"], after.Findings[0].Claims);
    }

    [Fact]
    public void A_host_age_limit_for_one_region_moves_that_region_s_boundary_only()
    {
        var law = new SourceCitation("Belgorod law 5", "Volunteers are accepted up to the age of 70.");
        var engine = PolicyEngine.Create(o => o.Parameters.Set(Regions.Belgorod, Parameter.MaximumAge, 70, new DateOnly(2020, 1, 1), law));
        Assert.Equal(EnlistmentOutcome.Eligible, engine.Evaluate(In(Regions.Belgorod, Man(68))).Enlistment!.Outcome);
        Assert.Equal(EnlistmentOutcome.Ineligible, engine.Evaluate(In(Regions.Bryansk, Man(68))).Enlistment!.Outcome);
    }

    [Fact]
    public void An_added_region_is_valid_input_the_general_rules_apply_and_its_own_rules_decide()
    {
        var engine = PolicyEngine.Create(o => o.AddRegion(HostRules.Testland).AddRuleSet(typeof(HostRules).Assembly));
        Assert.Contains(HostRules.Testland, engine.Regions);

        var member = engine.Evaluate(In(HostRules.Testland));
        Assert.True(member.IsValid);
        Assert.Equal(EnlistmentOutcome.Eligible, member.Enlistment!.Outcome);
        Assert.Equal(EntitlementStatus.Entitled, member.Entitlement(EntitlementKind.CombatVeteranStatus).Status);
        Assert.Equal(["Testland order 1"], member.Entitlement(EntitlementKind.CombatVeteranStatus).Findings[0].Claims);
        Assert.Equal(EntitlementStatus.Undetermined, member.Entitlement(EntitlementKind.MonthlyPay).Status);
        Assert.Contains("securing rear checkpoints", member.Service!.Duties);

        var convict = engine.Evaluate(In(HostRules.Testland, Man() with { CriminalConviction = true }));
        Assert.Equal(EnlistmentOutcome.Ineligible, convict.Enlistment!.Outcome);
        Assert.Contains(convict.Enlistment.Findings, f => f.RuleId == "Testland.ConvictsAreBarred");

        Assert.Equal(EnlistmentOutcome.Ineligible, engine.Evaluate(In(HostRules.Testland, Man(17))).Enlistment!.Outcome);
    }

    [Fact]
    public void An_unregistered_region_stays_a_validation_error()
    {
        var d = TestEngine.Evaluate(In(HostRules.Testland));
        Assert.False(d.IsValid);
        Assert.Equal("region", Assert.Single(d.Errors).Path);
    }

    [Fact]
    public void A_shipped_rule_disabled_for_one_region_stops_there_only_and_the_reason_is_kept()
    {
        const string rule = "Enlistment.KurskWomanWithoutMedicalQualification";
        var engine = PolicyEngine.Create(o => o.DisableRule(Regions.Kursk, rule, "Repealed by Kursk order 18/2025."));

        Assert.Equal(EnlistmentOutcome.Eligible, engine.Evaluate(In(Regions.Kursk, Woman())).Enlistment!.Outcome);
        Assert.Equal(EnlistmentOutcome.Undetermined, engine.Evaluate(In(Regions.Belgorod, Woman())).Enlistment!.Outcome);
        Assert.Equal([new DisabledRule(Regions.Kursk, rule, "Repealed by Kursk order 18/2025.")], engine.DisabledRules);
    }

    [Fact]
    public void A_shipped_rule_is_replaced_by_disabling_it_and_adding_a_host_rule_for_the_region()
    {
        var engine = PolicyEngine.Create(o => o
            .AddRegion(HostRules.Testland)
            .AddRuleSet(typeof(HostRules).Assembly)
            .DisableRule(Regions.Kursk, "Enlistment.KurskWomanWithoutMedicalQualification", "Under review."));

        var e = engine.Evaluate(In(Regions.Kursk, Woman())).Enlistment!;
        Assert.Equal(EnlistmentOutcome.Undetermined, e.Outcome);
        Assert.Contains(e.Findings, f => f.RuleId == "Host.KurskWomenWithoutMedicalQualificationUnderReview" && f.Claims.SequenceEqual(["Kursk review 2025"]));
        Assert.DoesNotContain(e.Findings, f => f.RuleId == "Enlistment.KurskWomanWithoutMedicalQualification");
    }

    [Fact]
    public void AddBarsPolicy_applies_the_host_s_options()
    {
        using var provider = new ServiceCollection()
            .AddBarsPolicy(o => o.Parameters.Set(Regions.Kursk, Parameter.MonthlyPayRub, 50_000m, From, KurskOrder))
            .BuildServiceProvider();
        var engine = provider.GetRequiredService<PolicyEngine>();
        Assert.Equal(50_000m, At(engine, Regions.Kursk, From).Entitlement(EntitlementKind.MonthlyPay).AmountRub);
    }

    public static TheoryData<string, Action<PolicyEngineOptions>, string> Misconfigurations() => new()
    {
        { "overlapping periods", o => o.Parameters.Set(Regions.Kursk, Parameter.MonthlyPayRub, 1, From, KurskOrder).Set(Regions.Kursk, Parameter.MonthlyPayRub, 2, From.AddDays(5), KurskOrder), "overlapping" },
        { "open period then a later one", o => o.Parameters.Set(Regions.Kursk, Parameter.MonthlyPayRub, 1, From, KurskOrder).Set(Regions.Kursk, Parameter.MonthlyPayRub, 2, From.AddYears(1), KurskOrder, From.AddYears(2)), "overlapping" },
        { "no citation", o => o.Parameters.Set(Regions.Kursk, Parameter.MonthlyPayRub, 1, From, null!), "no citation" },
        { "empty quote", o => o.Parameters.Set(Regions.Kursk, Parameter.MonthlyPayRub, 1, From, new SourceCitation("order", " ")), "no citation" },
        { "a claim id as the host's citation", o => o.Parameters.Set(Regions.Kursk, Parameter.MonthlyPayRub, 1, From, new SourceCitation("C9", "x")), "C9" },
        { "a value for an unknown region", o => o.Parameters.Set("Moscow", Parameter.MonthlyPayRub, 1, From, KurskOrder), "Moscow" },
        { "an end before the start", o => o.Parameters.Set(Regions.Kursk, Parameter.MonthlyPayRub, 1, From, KurskOrder, From.AddDays(-1)), "before it starts" },
        { "a fractional age", o => o.Parameters.Set(Regions.Kursk, Parameter.MinimumAge, 17.5m, From, KurskOrder), "not a possible value" },
        { "a region added twice", o => o.AddRegion("Testland").AddRegion("Testland"), "Testland" },
        { "a shipped region added", o => o.AddRegion(Regions.Kursk), "Kursk" },
        { "an unknown rule disabled", o => o.DisableRule(Regions.Kursk, "Enlistment.NoSuchRule", "x"), "Enlistment.NoSuchRule" },
        { "a rule disabled where it does not apply", o => o.DisableRule(Regions.Bryansk, "Enlistment.KurskWomanWithoutMedicalQualification", "x"), "does not apply" },
        { "a default rule disabled", o => o.DisableRule(Regions.Kursk, "Payment.MonthlyPaySourceSilent", "x"), "cannot be disabled" },
        { "a host rule for a region not added", o => o.AddRuleSet(typeof(HostRules).Assembly), "Testland" },
    };

    [Theory]
    [MemberData(nameof(Misconfigurations))]
    public void A_misconfiguration_fails_when_the_engine_is_built_naming_the_culprit(string what, Action<PolicyEngineOptions> configure, string named)
    {
        var ex = Assert.Throws<PolicyConfigurationException>(() => PolicyEngine.Create(configure));
        Assert.Contains(named, ex.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(what));
    }
}
