using Bars.Policy.Explanation;
using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Explanation;

/// <summary>Why not, pinned on hand-checked cases: each answer is what the claims say, worked out by hand.</summary>
public sealed class WhyNotTests
{
    private static readonly DateOnly AsOf = new(2024, 10, 1);

    private static PolicyCase Applicant(string region, DateOnly birth, Sex sex, Contract? contract = null, bool medical = false) =>
        new("w-1", region, AsOf, new Applicant(birth, sex, MedicalQualification: medical), contract);

    private static WhyNotQuestion Question(WhyNotAnswer answer, string outcome) => answer.Questions.Single(q => q.Outcome == outcome);

    [Fact]
    public void A_17_year_old_is_Eligible_from_the_18th_birthday_and_time_is_a_change_the_person_can_make()
    {
        // Born 2007-05-01: 17 on 2024-10-01, 18 on 2025-05-01 (C1, I3).
        var c = Applicant(Regions.Kursk, new DateOnly(2007, 5, 1), Sex.Male);
        var q = Question(TestEngine.Instance.WhyNot(c), "enlistment");

        Assert.Equal(("Ineligible", "Eligible"), (q.Current.Status, q.Wanted));
        Assert.Equal("Eligible from 2025-05-01, when aged 18 (C1)", q.Summary);
        var time = q.ByThePerson[0];
        Assert.Equal([("asOf", "2024-10-01", "2025-05-01", true)], time.Changes.Select(x => (x.Field, x.From, x.To, x.ByThePerson)));
        Assert.Contains(time.Result.Findings, f => f.RuleId == "Enlistment.AgeWithinRange" && f.Claims.Contains("C1"));
        // The earliest date: the day before the birthday is still Ineligible.
        Assert.Equal(EnlistmentOutcome.Ineligible, TestEngine.Evaluate(c with { AsOf = new DateOnly(2025, 4, 30) }).Enlistment!.Outcome);

        // A birth date is no change the person can make: the nearest one that gives 18 on 2024-10-01.
        var born = Assert.Single(q.NotByThePerson, x => x.Changes.Single().Field == "applicant.birthDate");
        Assert.Equal(("2007-05-01", "2006-10-01", false), (born.Changes[0].From, born.Changes[0].To, born.ByThePerson));
    }

    [Fact]
    public void I8_a_post_that_does_not_arise_is_not_asked_about()
    {
        var c = Applicant(Regions.Belgorod, new DateOnly(1980, 1, 1), Sex.Male, new Contract(12, AsOf.AddDays(-60)));
        Assert.Equal(EntitlementStatus.NotApplicable, TestEngine.Evaluate(c).Entitlement(EntitlementKind.RetainPublicPosition).Status);
        Assert.DoesNotContain(TestEngine.Instance.WhyNot(c).Questions, q => q.Outcome == "entitlements.RetainPublicPosition");
    }

    [Fact]
    public void A_Kursk_woman_without_a_medical_qualification_is_Eligible_with_one()
    {
        var c = Applicant(Regions.Kursk, new DateOnly(1990, 3, 1), Sex.Female);
        var q = Question(TestEngine.Instance.WhyNot(c), "enlistment");

        Assert.Equal("Eligible with a medical qualification (C12)", q.Summary);
        var qualification = Assert.Single(q.ByThePerson);
        Assert.Equal([("applicant.medicalQualification", "false", "true")], qualification.Changes.Select(x => (x.Field, x.From, x.To)));
        // Sex and region are not the person's to change; each alone gives Eligible too (C12 is Kursk's and women's).
        Assert.Contains(q.NotByThePerson, x => x.Changes is [{ Field: "applicant.sex", To: "Male" }] && x.Result.Status == "Eligible");
        Assert.Contains(q.NotByThePerson, x => x.Changes is [{ Field: "region", To: Regions.Bryansk }] && x.Result.Status == "Eligible");
        // Belgorod alone leaves a woman Undetermined (C13), so it is no answer.
        Assert.DoesNotContain(q.NotByThePerson, x => x.Changes is [{ Field: "region", To: Regions.Belgorod }]);
    }

    [Fact]
    public void A_Belgorod_woman_stays_Undetermined_whatever_she_changes_because_the_source_conflicts()
    {
        var c = Applicant(Regions.Belgorod, new DateOnly(1990, 3, 1), Sex.Female);
        var q = Question(TestEngine.Instance.WhyNot(c), "enlistment");

        Assert.Equal(("Undetermined", UndeterminedReason.SourceConflict), (q.Current.Status, q.Current.UndeterminedReason));
        Assert.Empty(q.ByThePerson);
        Assert.Equal("Undetermined whatever the person changes: the source conflicts (C13)", q.Summary);
        // Two changes, neither enough alone: Kursk (where a woman needs a medical qualification, C12) and the qualification.
        var pair = Assert.Single(q.NotByThePerson, x => x.Changes.Select(y => y.Field).Order().SequenceEqual(["applicant.medicalQualification", "region"]));
        Assert.Equal(("Kursk", "Eligible in Kursk and with a medical qualification (C12)"), (pair.Changes.Single(y => y.Field == "region").To, pair.Text));
    }

    [Fact]
    public void A_Bryansk_9_month_contract_gets_the_one_time_payment_with_a_6_or_12_month_contract()
    {
        var c = Applicant(Regions.Bryansk, new DateOnly(1990, 3, 1), Sex.Male, new Contract(9, new DateOnly(2024, 9, 1)));
        var answer = TestEngine.Instance.WhyNot(c);
        var q = Question(answer, "entitlements.OneTimePayment");

        Assert.Equal(("Undetermined", UndeterminedReason.SourceSilent), (q.Current.Status, q.Current.UndeterminedReason));
        Assert.Equal(
            [("6", 150_000m, "Entitled 150,000 with a 6-month contract (C10)"), ("12", 300_000m, "Entitled 300,000 with a 12-month contract (C10)")],
            q.ByThePerson.Select(x => (x.Changes.Single(y => y.Field == "contract.months").To!, x.Result.AmountRub!.Value, x.Text)));
        // Enlistment and monthly pay are favourable already: no question for them.
        Assert.DoesNotContain(answer.Questions, x => x.Outcome is "enlistment" or "entitlements.MonthlyPay");
    }

    [Fact]
    public void A_host_rule_with_its_own_threshold_moves_the_answer_to_the_25th_birthday()
    {
        // 19 on 2024-10-01: Agedland's own rule (under 25) bars; the 25th birthday is 2030-06-15.
        var c = new PolicyCase("w-2", ExplanationEngines.Agedland, AsOf, new Applicant(new DateOnly(2005, 6, 15), Sex.Male));
        var q = Question(ExplanationEngines.Host.WhyNot(c), "enlistment");

        // Nothing new decides it: the host's rule stops barring, so the answer cites the host's order.
        Assert.Equal("Eligible from 2030-06-15, when aged 25 (Agedland order 1)", q.Summary);
        Assert.Contains(q.Current.Findings, f => f.Claims.SequenceEqual(["Agedland order 1"]));
        Assert.Equal(EnlistmentOutcome.Ineligible, ExplanationEngines.Host.Evaluate(c with { AsOf = new DateOnly(2030, 6, 14) }).Enlistment!.Outcome);
    }

    [Fact]
    public void A_host_value_starting_next_year_is_the_earliest_date_for_Kursk_monthly_pay()
    {
        var c = Applicant(Regions.Kursk, new DateOnly(1980, 3, 1), Sex.Male);
        var q = Question(ExplanationEngines.Host.WhyNot(c), "entitlements.MonthlyPay");

        // No contract, no pay (I7); with one in force today Kursk is silent; the host's rate from 2025-01-01 pays a
        // contract in force then: the route is a contract and that date, the earliest.
        Assert.Equal("Undetermined (SourceSilent) with a contract in force (C8, C9)", q.Prospective!.Text);
        Assert.StartsWith("Entitled 50,000/Month with a ", q.Summary, StringComparison.Ordinal);
        Assert.EndsWith(" and from 2025-01-01 (Kursk order 17/2025)", q.Summary, StringComparison.Ordinal);
        Assert.Equal(["contract", "asOf"], q.ByThePerson[0].Changes.Select(x => x.Field));
        // The shipped engine has no such value: Kursk pay stays silent whatever the person changes.
        var shipped = Question(TestEngine.Instance.WhyNot(c), "entitlements.MonthlyPay");
        Assert.Empty(shipped.ByThePerson);
        Assert.StartsWith("Undetermined with a contract in force, whatever the person changes: the source is silent", shipped.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void I7_a_man_without_a_contract_gets_what_would_be_due_with_a_contract_in_force()
    {
        var c = Applicant(Regions.Bryansk, new DateOnly(1990, 3, 1), Sex.Male);
        var answer = TestEngine.Instance.WhyNot(c);

        // No member, so nothing is due (I7); with a contract in force, whatever its length, Bryansk pays 40,000 (C9).
        var pay = Question(answer, "entitlements.MonthlyPay");
        Assert.Equal("NotEntitled", pay.Current.Status);
        Assert.Equal("Entitled 40,000/Month with a contract in force (C9)", pay.Summary);
        var prospective = pay.Prospective!;
        Assert.Equal((EntitlementStatus.Entitled, 40_000m), Made(prospective, c));
        // Veteran status: not NotEntitled for good, but silent for a Bryansk member (the silences).
        Assert.Equal("Undetermined with a contract in force, whatever the person changes: the source is silent (C6)",
            Question(answer, "entitlements.CombatVeteranStatus").Summary);
        // The one-time payment turns on the length: no one prospective answer, the lengths are the routes (C10).
        var once = Question(answer, "entitlements.OneTimePayment");
        Assert.Null(once.Prospective);
        Assert.Equal("Entitled 150,000 with a 6-month contract from 2024-10-01 (C10)", once.Summary);
    }

    [Fact]
    public void I7_a_contract_not_begun_is_in_force_from_its_start_and_one_over_is_a_new_contract()
    {
        var notBegun = Applicant(Regions.Bryansk, new DateOnly(1990, 3, 1), Sex.Male, new Contract(12, new DateOnly(2024, 11, 1)));
        var waiting = Question(TestEngine.Instance.WhyNot(notBegun), "entitlements.MonthlyPay");
        Assert.Equal("Entitled 40,000/Month with the contract in force from 2024-11-01 (C9)", waiting.Summary);
        // With a contract, enlistment was judged on its start (I6): the date says no age.
        Assert.Equal("Entitled 40,000/Month from 2024-11-01 (C9)", waiting.ByThePerson[0].Text);
        // The day before the start is still before membership.
        Assert.Equal(EntitlementStatus.NotEntitled, TestEngine.Evaluate(notBegun with { AsOf = new DateOnly(2024, 10, 31) }).Entitlements.Single(e => e.Kind == EntitlementKind.MonthlyPay).Status);

        // After the term (2023-11-01 to 2024-10-31), a former member: a new contract from the case's date.
        var over = Applicant(Regions.Bryansk, new DateOnly(1990, 3, 1), Sex.Male, new Contract(12, new DateOnly(2023, 11, 1))) with { AsOf = new DateOnly(2024, 11, 1) };
        var former = Question(TestEngine.Instance.WhyNot(over), "entitlements.MonthlyPay");
        Assert.Equal("Entitled 40,000/Month with a new contract in force (C9)", former.Summary);
        Assert.Equal([("contract", "12 months from 2023-11-01", "12 months from 2024-11-01")], former.Prospective!.Changes.Select(x => (x.Field, x.From, x.To)));
        Assert.Equal((EntitlementStatus.Entitled, 40_000m), Made(former.Prospective, over));
    }

    [Fact]
    public void I6_with_a_contract_waiting_is_no_route_but_a_new_contract_from_the_18th_birthday_is()
    {
        // Born 2006-12-01: 17 on the contract's start 2024-11-01, Ineligible under it for good (I6); 18 on 2024-12-01.
        var c = Applicant(Regions.Bryansk, new DateOnly(2006, 12, 1), Sex.Male, new Contract(12, new DateOnly(2024, 11, 1)));
        var answer = TestEngine.Instance.WhyNot(c);
        var enlistment = Question(answer, "enlistment");

        Assert.Equal("Eligible with a new 12-month contract from 2024-12-01, when aged 18 (C1)", enlistment.Summary);
        Assert.DoesNotContain(enlistment.ByThePerson, x => x.Changes.All(y => y.Field == "asOf"));
        // The earliest: a new contract from the day before the birthday is still Ineligible.
        var dayBefore = c with { Contract = new Contract(12, new DateOnly(2024, 11, 30)) };
        Assert.Equal(EnlistmentOutcome.Ineligible, TestEngine.Evaluate(dayBefore).Enlistment!.Outcome);
        // And a later date alone never enlists him: the contract's start is the day he is judged on.
        Assert.Equal(EnlistmentOutcome.Ineligible, TestEngine.Evaluate(c with { AsOf = new DateOnly(2025, 6, 1) }).Enlistment!.Outcome);

        // The prospective answer takes a contract in force from that birthday.
        var pay = Question(answer, "entitlements.MonthlyPay");
        Assert.Equal("Entitled 40,000/Month with a new contract in force from 2024-12-01, when aged 18 (C9)", pay.Summary);
        Assert.Equal((EntitlementStatus.Entitled, 40_000m), Made(pay.Prospective!, c));
    }

    [Fact]
    public void I6_without_a_contract_waiting_until_18_is_a_route_and_the_prospective_contract_starts_then()
    {
        var c = Applicant(Regions.Bryansk, new DateOnly(2007, 5, 1), Sex.Male);
        var answer = TestEngine.Instance.WhyNot(c);
        Assert.Equal("Eligible from 2025-05-01, when aged 18 (C1)", Question(answer, "enlistment").Summary);
        Assert.Equal("Entitled 40,000/Month with a contract in force from 2025-05-01, when aged 18 (C9)", Question(answer, "entitlements.MonthlyPay").Summary);
        Assert.Equal("Entitled 150,000 with a 6-month contract from 2025-05-01, when aged 18 (C10)", Question(answer, "entitlements.OneTimePayment").Summary);
    }

    [Fact]
    public void Facts_the_person_cannot_change_are_listed_apart_and_never_offered_in_the_summary()
    {
        // A Kursk member with a health restriction on the start: Ineligible for good; only an unchangeable fact helps.
        var c = new PolicyCase("w-4", Regions.Kursk, AsOf, new Applicant(new DateOnly(1990, 3, 1), Sex.Male, HealthRestriction: true), new Contract(12, new DateOnly(2024, 9, 1)));
        var answer = TestEngine.Instance.WhyNot(c);
        var enlistment = Question(answer, "enlistment");

        Assert.Empty(enlistment.ByThePerson);
        Assert.Contains(enlistment.NotByThePerson, x => x.Changes is [{ Field: "applicant.healthRestriction", To: "false", ByThePerson: false }]);
        Assert.Equal("Ineligible whatever the person changes (C2)", enlistment.Summary);
        // Barred for good: no contract in force would change it, so no prospective answer; none offers the change.
        foreach (var q in answer.Questions)
        {
            Assert.Null(q.Prospective);
            Assert.Empty(q.ByThePerson);
            Assert.DoesNotContain("without a health restriction", q.Summary, StringComparison.Ordinal);
        }

        // A Kursk woman: being a man would do (C12), but it is listed apart; the summary is the qualification.
        var woman = Question(TestEngine.Instance.WhyNot(Applicant(Regions.Kursk, new DateOnly(1990, 3, 1), Sex.Female)), "enlistment");
        Assert.Contains(woman.NotByThePerson, x => x.Changes is [{ Field: "applicant.sex" }]);
        Assert.DoesNotContain(woman.ByThePerson, x => x.Changes.Any(y => y.Field is "applicant.sex" or "applicant.birthDate" or "region"));
    }

    // The entitlement a counterfactual's changes give, made to the case.
    private static (EntitlementStatus, decimal?) Made(Counterfactual cf, PolicyCase c)
    {
        var kind = Enum.Parse<EntitlementKind>(cf.Result.Outcome["entitlements.".Length..]);
        var e = TestEngine.Evaluate(cf.ApplyTo(c)).Entitlements.Single(x => x.Kind == kind);
        return (e.Status, e.AmountRub);
    }

    [Fact]
    public void The_work_is_bounded_and_reported()
    {
        var c = Applicant(Regions.Belgorod, new DateOnly(1990, 3, 1), Sex.Female);
        var full = TestEngine.Instance.WhyNot(c);
        Assert.InRange(full.Evaluations, 2, new WhyNotOptions().MaxEvaluations);
        Assert.False(full.Exhausted);
        Assert.Equal(AsOf.AddYears(10), full.Horizon);

        var cut = TestEngine.Instance.WhyNot(c, new WhyNotOptions { MaxEvaluations = 10 });
        Assert.Equal((10, true), (cut.Evaluations, cut.Exhausted));
    }

    [Fact]
    public void The_horizon_bounds_time_as_a_change()
    {
        // 8 years old: 18 only in 2034, beyond a 5-year horizon.
        var c = Applicant(Regions.Bryansk, new DateOnly(2016, 5, 1), Sex.Male);
        var near = Question(TestEngine.Instance.WhyNot(c, new WhyNotOptions { HorizonYears = 5 }), "enlistment");
        Assert.DoesNotContain(near.ByThePerson, x => x.Changes.Any(y => y.Field == "asOf"));
        var far = Question(TestEngine.Instance.WhyNot(c, new WhyNotOptions { HorizonYears = 10 }), "enlistment");
        Assert.Equal("Eligible from 2034-05-01, when aged 18 (C1)", far.Summary);
    }

    [Fact]
    public void An_invalid_case_gets_its_errors_and_no_questions()
    {
        var answer = TestEngine.Instance.WhyNot(new PolicyCase("w-3", "Atlantis", AsOf, new Applicant(null, Sex.Male)));
        Assert.Empty(answer.Questions);
        Assert.Equal(["region", "applicant.birthDate"], answer.Errors.Select(e => e.Path));
    }

    [Theory]
    [InlineData(0, 100)]
    [InlineData(101, 100)]
    [InlineData(10, 0)]
    [InlineData(10, 1_000_001)]
    public void Options_out_of_range_are_refused(int horizonYears, int maxEvaluations)
    {
        var c = Applicant(Regions.Kursk, new DateOnly(1990, 3, 1), Sex.Male);
        Assert.Throws<ArgumentOutOfRangeException>(() => TestEngine.Instance.WhyNot(c, new WhyNotOptions { HorizonYears = horizonYears, MaxEvaluations = maxEvaluations }));
    }

    [Fact]
    public void The_answer_is_written_as_json_with_its_changes_results_and_findings()
    {
        var c = Applicant(Regions.Kursk, new DateOnly(1990, 3, 1), Sex.Female);
        using var json = System.Text.Json.JsonDocument.Parse(PolicyJson.Write(TestEngine.Instance.WhyNot(c)));
        var q = json.RootElement.GetProperty("questions")[0];
        Assert.Equal("enlistment", q.GetProperty("outcome").GetString());
        Assert.Equal("Eligible with a medical qualification (C12)", q.GetProperty("summary").GetString());
        var answer = q.GetProperty("byThePerson")[0];
        Assert.Equal("applicant.medicalQualification", answer.GetProperty("changes")[0].GetProperty("field").GetString());
        Assert.Equal("Eligible", answer.GetProperty("result").GetProperty("status").GetString());
        Assert.Contains(answer.GetProperty("result").GetProperty("findings").EnumerateArray(), f => f.GetProperty("claims").EnumerateArray().Any(x => x.GetString() == "C12"));
        Assert.True(json.RootElement.GetProperty("evaluations").GetInt32() > 0);
    }
}
