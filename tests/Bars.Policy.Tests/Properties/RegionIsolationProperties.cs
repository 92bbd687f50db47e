using Bars.Policy.Tests.Extension;
using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Properties;

/// <summary>A host's overrides for one region leave every other region's decisions unchanged.</summary>
public sealed class RegionIsolationProperties
{
    private static readonly Lazy<PolicyEngine> KurskOverridden = new(() => PolicyEngine.Create(o => o
        .AddRegion(HostRules.Testland)
        .AddRuleSet(typeof(HostRules).Assembly)
        .DisableRule(Regions.Kursk, "Enlistment.KurskWomanWithoutMedicalQualification", "Under review.")
        .Parameters
        .Set(Regions.Kursk, Parameter.MonthlyPayRub, 50_000m, new DateOnly(2024, 6, 1), new SourceCitation("Kursk order 17/2025", "50,000 a month."))
        .Set(Regions.Kursk, Parameter.MaximumAge, 70, new DateOnly(2025, 1, 1), new SourceCitation("Kursk order 18/2025", "Up to 70."))
        .Set(Regions.Kursk, Parameter.InjuryOnDutyCompensationRub, 4_000_000m, new DateOnly(2024, 1, 1), new SourceCitation("Kursk order 19/2025", "4 million."), new DateOnly(2025, 6, 30))));

    [PolicyProperty]
    public void Overrides_for_Kursk_leave_Belgorod_and_Bryansk_decisions_unchanged(CaseSpec s, bool belgorod)
    {
        var other = (s with { Region = belgorod ? Regions.Belgorod : Regions.Bryansk }).ToCase();
        var (baseline, overridden) = (TestEngine.Evaluate(other), KurskOverridden.Value.Evaluate(other));

        // The same decision, made by another configuration: everything but the policy it names is equal.
        Assert.Equal(WithoutPolicy.Json(baseline), WithoutPolicy.Json(overridden));
        if (baseline.IsValid) Assert.NotEqual(baseline.Policy, overridden.Policy);
    }

    [PolicyProperty]
    public void Overrides_for_Kursk_do_change_Kursk_where_they_apply(CaseSpec s)
    {
        // The filled silence: an eligible Kursk member (a contract in force on asOf, I7) from the date on is paid
        // monthly, with the host's citation.
        var kursk = (s with { Region = Regions.Kursk, AgeYears = 40, HealthRestriction = false, MissingLimbOrProsthesis = false,
            CriminalConviction = false, ActiveMilitary = false, Sex = Sex.Male, AsOfDay = 200 + (s.AsOfDay % 800),
            Contract = new ContractSpec(12, s.AsOfDay % 300, null), Injuries = [] }).ToCase();
        var pay = KurskOverridden.Value.Evaluate(kursk).Entitlement(EntitlementKind.MonthlyPay);
        Assert.Equal(EntitlementStatus.Entitled, pay.Status);
        Assert.Equal(50_000m, pay.AmountRub);
    }
}
