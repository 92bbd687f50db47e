using System.Text.Json;
using System.Text.Json.Nodes;
using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Provenance;

/// <summary>Each outcome lists the parameter values its rules read, with their period and citation (issue 14).</summary>
public sealed class ParametersReadTests
{
    private static readonly SourceCitation KurskOrder = new("Kursk order 17/2025", "BARS-Kursk members are paid 50,000 roubles a month.");

    private static readonly Lazy<PolicyEngine> KurskHostValue = new(() => PolicyEngine.Create(o =>
        o.Parameters.Set(Regions.Kursk, Parameter.MonthlyPayRub, 50_000m, new DateOnly(2025, 1, 1), KurskOrder, new DateOnly(2025, 12, 31))));

    private static readonly Lazy<PolicyEngine> Paramland = new(() => PolicyEngine.Create(CompiledHostRuleSet.Configure));

    private static PolicyCase On(DateOnly asOf, string region) =>
        Cases.In(region) with { AsOf = asOf, Applicant = new Applicant(asOf.AddYears(-40), Sex.Male), Contract = new Contract(12, asOf.AddDays(-60)) };

    [Fact]
    public void A_Bryansk_members_monthly_pay_lists_MonthlyPayRub_40000_of_C9_without_dates()
    {
        var pay = TestEngine.Evaluate(Cases.In(Regions.Bryansk)).Entitlement(EntitlementKind.MonthlyPay);

        var read = Assert.Single(pay.Parameters);
        Assert.Equal(Parameter.MonthlyPayRub, read.Name);
        Assert.Equal(40_000m, read.Value);
        Assert.Null(read.EffectiveFrom); // the source dates none of its values (I5)
        Assert.Null(read.EffectiveTo);
        Assert.Equal("C9", read.Citation.Id);
        Assert.Equal("in Bryansk Oblast, the monthly rate is set at 40,000 rubles.", read.Citation.Quote);
        Assert.Contains(read.Citation.Quote, Source.Text, StringComparison.Ordinal); // the source's own words
    }

    [Fact]
    public void The_other_outcomes_list_what_their_rules_read_in_parameter_order()
    {
        var d = TestEngine.Evaluate(Cases.In(Regions.Bryansk));

        Assert.Equal([Parameter.MinimumAge, Parameter.MaximumAge], d.Enlistment!.Parameters.Select(p => p.Name));
        Assert.Equal([18m, 65m], d.Enlistment.Parameters.Select(p => p.Value));
        Assert.Equal([Parameter.AnnualContractMonths, Parameter.AnnualContractPaymentRub], d.Entitlement(EntitlementKind.OneTimePayment).Parameters.Select(p => p.Name));
        Assert.Equal(300_000m, d.Entitlement(EntitlementKind.OneTimePayment).Parameters[1].Value);
        Assert.Equal("C10", d.Entitlement(EntitlementKind.OneTimePayment).Parameters[1].Citation.Id);
        var training = Assert.Single(d.Service!.Parameters);
        Assert.Equal((Parameter.TrainingDays, 21m, "C4"), (training.Name, training.Value, training.Citation.Id));
    }

    [Fact]
    public void A_host_value_is_listed_with_the_hosts_citation_and_period_and_only_while_in_force()
    {
        var engine = KurskHostValue.Value;

        var pay = engine.Evaluate(On(new DateOnly(2025, 3, 1), Regions.Kursk)).Entitlement(EntitlementKind.MonthlyPay);
        var read = Assert.Single(pay.Parameters);
        Assert.Equal(Parameter.MonthlyPayRub, read.Name);
        Assert.Equal(50_000m, read.Value);
        Assert.Equal(new DateOnly(2025, 1, 1), read.EffectiveFrom);
        Assert.Equal(new DateOnly(2025, 12, 31), read.EffectiveTo);
        Assert.Equal(KurskOrder, read.Citation);

        // Before and after the period the source is silent: no value is in force, so none is listed.
        foreach (var day in new[] { new DateOnly(2024, 12, 31), new DateOnly(2026, 1, 1) })
        {
            var silent = engine.Evaluate(On(day, Regions.Kursk)).Entitlement(EntitlementKind.MonthlyPay);
            Assert.Equal(EntitlementStatus.Undetermined, silent.Status);
            Assert.Empty(silent.Parameters);
        }
    }

    [Fact]
    public void A_host_rule_reading_a_parameter_lists_it_with_the_hosts_value()
    {
        var engine = Paramland.Value;

        var pay = engine.Evaluate(On(new DateOnly(2025, 6, 1), CompiledHostRuleSet.Region)).Entitlement(EntitlementKind.MonthlyPay);

        Assert.Equal("Paramland.MonthlyPay", Assert.Single(pay.Findings).RuleId);
        var read = Assert.Single(pay.Parameters);
        Assert.Equal((Parameter.MonthlyPayRub, 45_000m, new DateOnly(2025, 1, 1), (DateOnly?)null), (read.Name, read.Value, read.EffectiveFrom, read.EffectiveTo));
        Assert.Equal(CompiledHostRuleSet.Order, read.Citation);
        Assert.Equal(["MonthlyPayRub"], engine.Describe().Rules.Single(r => r.Name == "Paramland.MonthlyPay").Parameters);
    }

    [Fact]
    public void An_outcome_whose_rules_read_nothing_has_the_one_shared_empty_list()
    {
        var a = TestEngine.Evaluate(Cases.In(Regions.Kursk)).Entitlement(EntitlementKind.CombatVeteranStatus);
        var b = TestEngine.Evaluate(Cases.In(Regions.Belgorod)).Obligation(ObligationKind.RepayOneTimePayment);

        Assert.Equal(EntitlementStatus.Entitled, a.Status);
        Assert.Empty(a.Parameters);
        Assert.Empty(b.Parameters);
        Assert.Same(a.Parameters, b.Parameters);
    }

    [Fact]
    public void The_values_are_the_cases_own_resolved_objects_not_copies()
    {
        var first = TestEngine.Evaluate(Cases.In(Regions.Bryansk)).Entitlement(EntitlementKind.MonthlyPay).Parameters[0];
        var second = TestEngine.Evaluate(Cases.In(Regions.Bryansk) with { CaseId = "other" }).Entitlement(EntitlementKind.MonthlyPay).Parameters[0];
        Assert.Same(first, second);
    }

    [Fact]
    public void The_json_lists_them_whole_at_full_by_name_value_and_citation_id_at_ids_and_not_at_none()
    {
        var d = KurskHostValue.Value.Evaluate(On(new DateOnly(2025, 3, 1), Regions.Kursk));

        var full = JsonNode.Parse(PolicyJson.Write(d))!["entitlements"]![0]!["parameters"]![0]!.AsObject();
        Assert.Equal(["name", "value", "effectiveFrom", "effectiveTo", "citation"], full.Select(p => p.Key));
        Assert.Equal(
            """{"name":"MonthlyPayRub","value":50000,"effectiveFrom":"2025-01-01","effectiveTo":"2025-12-31","citation":{"id":"Kursk order 17/2025","quote":"BARS-Kursk members are paid 50,000 roubles a month."}}""",
            full.ToJsonString());

        var ids = JsonNode.Parse(Write(d, FindingsDetail.Ids))!["entitlements"]![0]!["parameters"]![0]!.AsObject();
        Assert.Equal("""{"name":"MonthlyPayRub","value":50000,"citation":{"id":"Kursk order 17/2025"}}""", ids.ToJsonString());

        Assert.DoesNotContain("\"parameters\"", Write(d, FindingsDetail.None), StringComparison.Ordinal);
    }

    [Fact]
    public void A_decision_reads_back_equal_with_its_parameters()
    {
        foreach (var d in new[] { TestEngine.Evaluate(Cases.In(Regions.Bryansk)), KurskHostValue.Value.Evaluate(On(new DateOnly(2025, 3, 1), Regions.Kursk)) })
        {
            var read = PolicyJson.ReadDecision(PolicyJson.Write(d));
            Assert.Equal(d, read);
            Assert.Equal(d.Entitlement(EntitlementKind.MonthlyPay).Parameters, read.Entitlement(EntitlementKind.MonthlyPay).Parameters);
            Assert.NotEmpty(read.Entitlement(EntitlementKind.MonthlyPay).Parameters);
        }
    }

    [Fact]
    public void A_decision_written_before_parameters_were_listed_still_reads_with_none()
    {
        var d = TestEngine.Evaluate(Cases.In(Regions.Bryansk));
        var old = JsonNode.Parse(PolicyJson.Write(d))!;
        Strip(old);

        var read = PolicyJson.ReadDecision(old.ToJsonString());

        Assert.Empty(read.Entitlement(EntitlementKind.MonthlyPay).Parameters);
        Assert.Empty(read.Enlistment!.Parameters);
        Assert.Empty(read.Service!.Parameters);
        Assert.Equal(d.Entitlement(EntitlementKind.MonthlyPay).Findings, read.Entitlement(EntitlementKind.MonthlyPay).Findings);

        static void Strip(JsonNode? n)
        {
            if (n is JsonArray array) foreach (var item in array) Strip(item);
            if (n is not JsonObject o) return;
            o.Remove("parameters");
            foreach (var (_, value) in o.ToArray()) Strip(value);
        }
    }

    [Fact]
    public void A_parameter_value_says_its_name_value_citation_and_period()
    {
        Assert.Equal("MonthlyPayRub 40,000 (C9)", TestEngine.Evaluate(Cases.In(Regions.Bryansk)).Entitlement(EntitlementKind.MonthlyPay).Parameters[0].ToString());
        Assert.Equal(
            "MonthlyPayRub 50,000 (Kursk order 17/2025, 2025-01-01..2025-12-31)",
            KurskHostValue.Value.Evaluate(On(new DateOnly(2025, 3, 1), Regions.Kursk)).Entitlement(EntitlementKind.MonthlyPay).Parameters[0].ToString());
    }

    private static string Write(PolicyDecision d, FindingsDetail detail)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer)) PolicyJson.Write(w, d, detail);
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
