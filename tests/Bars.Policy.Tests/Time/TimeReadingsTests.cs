using Bars.Policy.Tests.Support;
using Bars.Policy.Tests.Validation;

namespace Bars.Policy.Tests.Time;

/// <summary>
/// The readings of time (claims.md, I6–I13), each by its id, and the caseworker's examples of issue 20 that the
/// engine got wrong before them: every answer checked on its date, across the lifecycle of a member.
/// </summary>
public sealed class TimeReadingsTests
{
    private static readonly DateOnly Start = new(2024, 9, 1);

    private static PolicyCase Member(string region, DateOnly asOf, DateOnly? birth = null, int months = 12, DateOnly? terminated = null,
        TerminatingParty? by = null, Applicant? applicant = null, params Injury[] injuries) =>
        new("t-1", region, asOf, applicant ?? new Applicant(birth ?? new DateOnly(1980, 5, 1), Sex.Male),
            new Contract(months, Start, terminated, by), injuries.Length == 0 ? null : injuries);

    private static PolicyDecision Evaluate(PolicyCase c)
    {
        var d = TestEngine.Evaluate(c);
        Assert.True(d.IsValid, string.Join("; ", d.Errors));
        return d;
    }

    // The first example: born 1959-03-01, a 12-month contract from 2024-09-01, he turns 66 on 2025-03-01.
    private static readonly DateOnly Born1959 = new(1959, 3, 1);

    [Fact]
    public void I6_a_Bryansk_member_who_turns_66_mid_contract_stays_a_member_and_is_paid()
    {
        var d = Evaluate(Member(Regions.Bryansk, new DateOnly(2025, 3, 15), Born1959));
        Assert.Equal(EnlistmentOutcome.Eligible, d.Enlistment!.Outcome);
        Assert.Equal(Start, d.Enlistment.JudgedOn);
        Assert.Contains("Aged 65 on 2024-09-01", d.Enlistment.Findings[0].Text);
        Assert.Equal(ServicePhase.Assigned, d.Service!.Phase);
        var pay = d.Entitlement(EntitlementKind.MonthlyPay);
        Assert.Equal((EntitlementStatus.Entitled, 40_000m, PaymentPeriod.Month), (pay.Status, pay.AmountRub, pay.Period));
        Assert.Equal((Start, new DateOnly(2025, 8, 31)), (pay.From, pay.To));
        Assert.Equal((EntitlementStatus.Entitled, 300_000m), (d.Entitlement(EntitlementKind.OneTimePayment).Status, d.Entitlement(EntitlementKind.OneTimePayment).AmountRub));
    }

    [Fact]
    public void I6_I8_the_same_member_terminated_early_owes_the_repayment_after_his_66th_birthday()
    {
        var d = Evaluate(Member(Regions.Bryansk, new DateOnly(2025, 4, 1), Born1959, terminated: new DateOnly(2025, 1, 1)));
        var repay = d.Obligation(ObligationKind.RepayOneTimePayment);
        Assert.Equal((ObligationStatus.Owed, 300_000m, new DateOnly(2025, 1, 1)), (repay.Status, repay.AmountRub, repay.From));
        Assert.Equal(ServicePhase.TerminatedEarly, d.Service!.Phase);
        Assert.Equal(EntitlementStatus.NotEntitled, d.Entitlement(EntitlementKind.MonthlyPay).Status);
        Assert.Equal(new DateOnly(2024, 12, 31), d.Entitlement(EntitlementKind.MonthlyPay).To);
    }

    [Theory]
    [InlineData("2025-02-28")] // the day before his 66th birthday
    [InlineData("2025-03-01")] // his 66th birthday
    [InlineData("2025-03-02")]
    public void I6_the_enlistment_of_a_case_with_a_contract_does_not_change_on_a_birthday(string asOf)
    {
        var d = Evaluate(Member(Regions.Bryansk, DateOnly.Parse(asOf), Born1959));
        Assert.Equal(EnlistmentOutcome.Eligible, d.Enlistment!.Outcome);
        Assert.Equal(EntitlementStatus.Entitled, d.Entitlement(EntitlementKind.MonthlyPay).Status);
    }

    [Fact]
    public void I6_a_man_aged_17_on_the_start_date_is_never_eligible_under_that_contract_even_once_he_turns_18()
    {
        var birth = new DateOnly(2007, 1, 1); // 17 on 2024-09-01, 18 on 2025-01-01
        foreach (var asOf in new[] { new DateOnly(2024, 12, 31), new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 1) })
        {
            var d = Evaluate(Member(Regions.Bryansk, asOf, birth));
            Assert.Equal(EnlistmentOutcome.Ineligible, d.Enlistment!.Outcome);
            Assert.Equal(Start, d.Enlistment.JudgedOn);
            Assert.Equal(EntitlementStatus.NotEntitled, d.Entitlement(EntitlementKind.OneTimePayment).Status);
            Assert.Equal(ServicePhase.NotMember, d.Service!.Phase);
        }
    }

    [Theory]
    [InlineData("2006-09-01", EnlistmentOutcome.Eligible)]   // 18 on the start day
    [InlineData("2006-09-02", EnlistmentOutcome.Ineligible)] // 18 the day after
    [InlineData("1958-09-02", EnlistmentOutcome.Eligible)]   // 66 the day after the start
    [InlineData("1958-09-01", EnlistmentOutcome.Ineligible)] // 66 on the start day
    public void I3_I6_the_age_boundaries_fall_on_the_contracts_start(string birth, EnlistmentOutcome expected)
    {
        // Evaluated a year later: the birthdays since change nothing.
        Assert.Equal(expected, Evaluate(Member(Regions.Belgorod, new DateOnly(2025, 8, 1), DateOnly.Parse(birth))).Enlistment!.Outcome);
    }

    [Theory]
    [InlineData("2006-02-28", EnlistmentOutcome.Eligible)]   // 2006 is a common year: the 18th year completes on 28 February
    [InlineData("2006-02-27", EnlistmentOutcome.Ineligible)]
    public void I3_I6_a_29_February_birth_completes_its_year_on_28_February_of_a_common_year_on_the_start(string start, EnlistmentOutcome expected)
    {
        var c = new PolicyCase("t-29", Regions.Bryansk, new DateOnly(2006, 6, 1), new Applicant(new DateOnly(1988, 2, 29), Sex.Male),
            new Contract(12, DateOnly.Parse(start)));
        Assert.Equal(expected, Evaluate(c).Enlistment!.Outcome);
    }

    [Fact]
    public void I6_without_a_contract_enlistment_is_judged_on_asOf()
    {
        var c = new PolicyCase("t-2", Regions.Bryansk, new DateOnly(2025, 3, 15), new Applicant(Born1959, Sex.Male));
        var d = Evaluate(c);
        Assert.Equal((EnlistmentOutcome.Ineligible, c.AsOf), (d.Enlistment!.Outcome, d.Enlistment.JudgedOn));
    }

    [Fact]
    public void I8_a_Kursk_member_injured_on_duty_keeps_the_compensation_after_his_66th_birthday()
    {
        var injury = new Injury(new DateOnly(2024, 10, 15), true);
        foreach (var asOf in new[] { new DateOnly(2024, 10, 15), new DateOnly(2025, 3, 1), new DateOnly(2030, 1, 1) })
        {
            var d = Evaluate(Member(Regions.Kursk, asOf, Born1959, injuries: injury));
            var comp = d.Entitlement(EntitlementKind.InjuryCompensation);
            Assert.Equal((EntitlementStatus.Entitled, 3_000_000m, injury.Date), (comp.Status, comp.AmountRub, comp.From));
        }
    }

    [Fact]
    public void I8_a_Kursk_veteran_keeps_his_status_and_family_privileges_years_after_the_term()
    {
        var d = Evaluate(Member(Regions.Kursk, new DateOnly(2031, 1, 1), Born1959));
        Assert.Equal(ServicePhase.Ended, d.Service!.Phase);
        foreach (var kind in new[] { EntitlementKind.CombatVeteranStatus, EntitlementKind.FamilyPrivileges })
        {
            var e = d.Entitlement(kind);
            Assert.Equal((EntitlementStatus.Entitled, Start, (DateOnly?)null), (e.Status, e.From, e.To));
        }
    }

    [Fact]
    public void I8_before_the_start_a_member_has_no_status_and_no_pay_but_the_one_time_payment_is_due_for_signing()
    {
        var d = Evaluate(Member(Regions.Kursk, Start.AddDays(-1)));
        Assert.Equal(ServicePhase.NotStarted, d.Service!.Phase);
        Assert.Equal((EntitlementStatus.NotEntitled, Start), (d.Entitlement(EntitlementKind.CombatVeteranStatus).Status, d.Entitlement(EntitlementKind.CombatVeteranStatus).From));
        Assert.Equal(EntitlementStatus.NotEntitled, d.Entitlement(EntitlementKind.MonthlyPay).Status);
        Assert.Equal(EntitlementStatus.Entitled, Evaluate(Member(Regions.Kursk, Start)).Entitlement(EntitlementKind.CombatVeteranStatus).Status);

        var bryansk = Evaluate(Member(Regions.Bryansk, Start.AddDays(-1)));
        Assert.Equal((EntitlementStatus.Entitled, 300_000m), (bryansk.Entitlement(EntitlementKind.OneTimePayment).Status, bryansk.Entitlement(EntitlementKind.OneTimePayment).AmountRub));
        Assert.Equal(EntitlementStatus.NotEntitled, bryansk.Entitlement(EntitlementKind.MonthlyPay).Status);
    }

    [Fact]
    public void I7_I10_a_Bryansk_member_a_year_after_the_term_has_no_pay_and_no_duties()
    {
        var d = Evaluate(Member(Regions.Bryansk, new DateOnly(2026, 9, 1)));
        var pay = d.Entitlement(EntitlementKind.MonthlyPay);
        Assert.Equal(EntitlementStatus.NotEntitled, pay.Status);
        Assert.Contains("ended on 2025-08-31", pay.Findings[0].Text);
        Assert.Equal(ServicePhase.Ended, d.Service!.Phase);
        Assert.Equal(new DateOnly(2025, 9, 1), d.Service.From);
        Assert.Empty(d.Service.Duties);
    }

    [Theory]
    [InlineData("2025-08-31", EntitlementStatus.Entitled, ServicePhase.Assigned)] // the last day of the term
    [InlineData("2025-09-01", EntitlementStatus.NotEntitled, ServicePhase.Ended)]  // the day after
    [InlineData("2024-08-31", EntitlementStatus.NotEntitled, ServicePhase.NotStarted)] // the day before the start
    [InlineData("2024-09-01", EntitlementStatus.Entitled, ServicePhase.Training)]      // the start
    [InlineData("2024-09-21", EntitlementStatus.Entitled, ServicePhase.Training)]      // day 21
    [InlineData("2024-09-22", EntitlementStatus.Entitled, ServicePhase.Assigned)]      // day 22
    public void I7_I8_I10_monthly_pay_and_the_phase_on_each_boundary_of_the_term(string asOf, EntitlementStatus pay, ServicePhase phase)
    {
        var d = Evaluate(Member(Regions.Belgorod, DateOnly.Parse(asOf)));
        Assert.Equal(pay, d.Entitlement(EntitlementKind.MonthlyPay).Status);
        Assert.Equal(phase, d.Service!.Phase);
        Assert.Equal(phase == ServicePhase.Assigned, d.Service.Duties.Count > 0);
    }

    [Fact]
    public void I7_membership_ends_the_day_before_an_early_termination()
    {
        var terminated = new DateOnly(2025, 1, 1);

        // The day before, the termination has not happened: a termination is reported once it has (not after asOf).
        var dayBefore = Evaluate(Member(Regions.Belgorod, terminated.AddDays(-1)));
        Assert.Equal((EntitlementStatus.Entitled, ServicePhase.Assigned), (dayBefore.Entitlement(EntitlementKind.MonthlyPay).Status, dayBefore.Service!.Phase));

        var onTheDay = Evaluate(Member(Regions.Belgorod, terminated, terminated: terminated));
        var pay = onTheDay.Entitlement(EntitlementKind.MonthlyPay);
        Assert.Equal((EntitlementStatus.NotEntitled, terminated.AddDays(-1)), (pay.Status, pay.To));
        Assert.Equal((ServicePhase.TerminatedEarly, terminated), (onTheDay.Service!.Phase, onTheDay.Service.From));
    }

    [Fact]
    public void I7_a_Kursk_applicant_with_no_contract_has_no_status_and_no_privileges()
    {
        var d = Evaluate(new PolicyCase("t-3", Regions.Kursk, new DateOnly(2025, 1, 1), new Applicant(new DateOnly(1980, 1, 1), Sex.Male)));
        Assert.Equal(EnlistmentOutcome.Eligible, d.Enlistment!.Outcome);
        Assert.All(d.Entitlements.Where(e => e.Kind != EntitlementKind.RetainPublicPosition), e => Assert.Equal(EntitlementStatus.NotEntitled, e.Status));
        Assert.Equal(EntitlementStatus.NotApplicable, d.Entitlement(EntitlementKind.RetainPublicPosition).Status);
        Assert.Equal(ServicePhase.NoContract, d.Service!.Phase);
        Assert.Contains("I7", d.Entitlement(EntitlementKind.CombatVeteranStatus).Findings[0].Claims);
    }

    [Fact]
    public void I8_a_Belgorod_official_keeps_his_post_while_a_member_and_the_question_does_not_arise_outside_the_term()
    {
        var official = new Applicant(new DateOnly(1980, 5, 1), Sex.Male, PublicOfficial: true);
        var during = Evaluate(Member(Regions.Belgorod, new DateOnly(2025, 1, 1), applicant: official)).Entitlement(EntitlementKind.RetainPublicPosition);
        Assert.Equal((EntitlementStatus.Entitled, Start, new DateOnly(2025, 8, 31)), (during.Status, during.From, during.To));
        Assert.Equal(EntitlementStatus.NotApplicable, Evaluate(Member(Regions.Belgorod, new DateOnly(2025, 9, 1), applicant: official)).Entitlement(EntitlementKind.RetainPublicPosition).Status);
        Assert.Equal(EntitlementStatus.NotApplicable, Evaluate(Member(Regions.Belgorod, Start.AddDays(-1), applicant: official)).Entitlement(EntitlementKind.RetainPublicPosition).Status);
    }

    [Fact]
    public void I9_monthly_pay_lists_each_rate_period_when_a_host_rate_changes_within_the_membership()
    {
        var order = new SourceCitation("Bryansk order 3/2025", "The monthly rate is raised to 60,000 roubles.");
        var engine = PolicyEngine.Create(o => o.Parameters.Set(Regions.Bryansk, Parameter.MonthlyPayRub, 60_000m, new DateOnly(2025, 1, 1), order));
        var before = engine.Evaluate(Member(Regions.Bryansk, new DateOnly(2024, 12, 31))).Entitlement(EntitlementKind.MonthlyPay);
        Assert.Equal(40_000m, before.AmountRub);
        Assert.Equal(
            [new RatePeriod(Start, new DateOnly(2024, 12, 31), 40_000m, "C9"), new RatePeriod(new DateOnly(2025, 1, 1), new DateOnly(2025, 8, 31), 60_000m, "Bryansk order 3/2025")],
            before.Rates);
        var after = engine.Evaluate(Member(Regions.Bryansk, new DateOnly(2025, 1, 1))).Entitlement(EntitlementKind.MonthlyPay);
        Assert.Equal((60_000m, "Bryansk order 3/2025"), (after.AmountRub, after.Findings[0].Claims[0]));

        // One rate throughout: none listed.
        Assert.Empty(TestEngine.Evaluate(Member(Regions.Bryansk, new DateOnly(2025, 1, 1))).Entitlement(EntitlementKind.MonthlyPay).Rates);
    }

    [Fact]
    public void I9_I6_a_host_age_limit_from_a_date_applies_to_contracts_that_start_from_it()
    {
        var law = new SourceCitation("Belgorod law 5", "Volunteers are accepted up to the age of 70.");
        var engine = PolicyEngine.Create(o => o.Parameters.Set(Regions.Belgorod, Parameter.MaximumAge, 70, new DateOnly(2025, 1, 1), law));
        var old = new DateOnly(1957, 1, 1); // 67 on 2024-09-01
        Assert.Equal(EnlistmentOutcome.Ineligible, engine.Evaluate(Member(Regions.Belgorod, new DateOnly(2025, 6, 1), old)).Enlistment!.Outcome);
        var later = new PolicyCase("t-4", Regions.Belgorod, new DateOnly(2025, 6, 1), new Applicant(old, Sex.Male), new Contract(12, new DateOnly(2025, 2, 1)));
        Assert.Equal(EnlistmentOutcome.Eligible, engine.Evaluate(later).Enlistment!.Outcome);
    }

    [Fact]
    public void I11_a_health_restriction_listed_as_unknown_leaves_enlistment_undetermined_and_names_it()
    {
        var c = new PolicyCase("t-5", Regions.Kursk, new DateOnly(2025, 1, 1), new Applicant(new DateOnly(1980, 1, 1), Sex.Male), new Contract(12, Start))
        {
            Unknown = ["healthRestriction"],
        };
        var d = Evaluate(c);
        Assert.Equal((EnlistmentOutcome.Undetermined, UndeterminedReason.MissingInput), (d.Enlistment!.Outcome, d.Enlistment.UndeterminedReason));
        var f = Assert.Single(d.Enlistment.Findings);
        Assert.Contains("healthRestriction", f.Text);
        Assert.Equal("I11", f.Claims[0]);
        Assert.Contains("C2", f.Claims);
        Assert.DoesNotContain(d.Enlistment.Findings, f => f.Text.Contains("the health condition is met", StringComparison.Ordinal));
        Assert.Equal((ServicePhase.Undetermined, UndeterminedReason.MissingInput), (d.Service!.Phase, d.Service.UndeterminedReason));
        Assert.Equal(EntitlementStatus.Undetermined, d.Entitlement(EntitlementKind.CombatVeteranStatus).Status);
        Assert.Equal(DeploymentStatus.Undetermined, d.Service.WarZoneDeployment!.Status);
    }

    [Fact]
    public void I11_an_unknown_fact_that_changes_nothing_leaves_the_decision_as_it_is()
    {
        var known = new PolicyCase("t-6", Regions.Kursk, new DateOnly(2025, 1, 1), new Applicant(new DateOnly(1980, 1, 1), Sex.Male), new Contract(12, Start));
        var d = Evaluate(known with { Unknown = ["formerWarParticipant"] });
        Assert.Equal(EnlistmentOutcome.Eligible, d.Enlistment!.Outcome);
        Assert.Equal(Evaluate(known).Entitlements.Select(e => e.Status), d.Entitlements.Select(e => e.Status));
        Assert.Equal(ServicePhase.Assigned, d.Service!.Phase);

        // publicOfficial unknown: only keeping a post depends on it.
        var official = Evaluate(known with { Region = Regions.Belgorod, Unknown = ["publicOfficial"] });
        Assert.Equal(EnlistmentOutcome.Eligible, official.Enlistment!.Outcome);
        var keep = official.Entitlement(EntitlementKind.RetainPublicPosition);
        Assert.Equal((EntitlementStatus.Undetermined, UndeterminedReason.MissingInput), (keep.Status, keep.UndeterminedReason));
        Assert.Equal(EntitlementStatus.Entitled, official.Entitlement(EntitlementKind.MonthlyPay).Status);
    }

    [Fact]
    public void I12_an_injury_on_duty_outside_the_term_is_invalid_and_one_off_duty_after_it_gives_nothing()
    {
        var late = TestEngine.Evaluate(Member(Regions.Kursk, new DateOnly(2026, 1, 1), injuries: new Injury(new DateOnly(2025, 9, 1), true)));
        Assert.Equal("injuries[0].date", Assert.Single(late.Errors).Path);
        var lastDay = Evaluate(Member(Regions.Kursk, new DateOnly(2026, 1, 1), injuries: new Injury(new DateOnly(2025, 8, 31), true)));
        Assert.Equal(EntitlementStatus.Entitled, lastDay.Entitlement(EntitlementKind.InjuryCompensation).Status);
        var offDuty = Evaluate(Member(Regions.Kursk, new DateOnly(2026, 1, 1), injuries: new Injury(new DateOnly(2025, 12, 1), false)));
        Assert.Equal(EntitlementStatus.NotEntitled, offDuty.Entitlement(EntitlementKind.InjuryCompensation).Status);
    }

    [Fact]
    public void I13_after_a_termination_by_the_unit_the_repayment_is_undetermined_source_silent()
    {
        var terminated = new DateOnly(2025, 1, 1);
        var d = Evaluate(Member(Regions.Bryansk, new DateOnly(2025, 2, 1), terminated: terminated, by: TerminatingParty.Unit));
        var repay = d.Obligation(ObligationKind.RepayOneTimePayment);
        Assert.Equal((ObligationStatus.Undetermined, UndeterminedReason.SourceSilent, terminated), (repay.Status, repay.UndeterminedReason, repay.From));
        Assert.Equal(["I13", "C11"], repay.Findings[0].Claims);
        Assert.Contains("unit", d.Service!.Findings[0].Text);

        var byVolunteer = Evaluate(Member(Regions.Bryansk, new DateOnly(2025, 2, 1), terminated: terminated, by: TerminatingParty.Volunteer));
        Assert.Equal(ObligationStatus.Owed, byVolunteer.Obligation(ObligationKind.RepayOneTimePayment).Status);
    }

    [Fact]
    public void I13_terminatedBy_without_a_termination_is_an_error_naming_the_field()
    {
        var d = TestEngine.Evaluate(Member(Regions.Bryansk, new DateOnly(2025, 2, 1), by: TerminatingParty.Unit));
        Assert.Contains("terminatedEarlyOn", InvalidDecision.AssertSingleError(d, "contract.terminatedBy").Message);
        var json = PolicyJson.ReadCase("""{"caseId":"j","region":"Bryansk","asOf":"2025-02-01","applicant":{"birthDate":"1980-01-01","sex":"Male"},"contract":{"months":12,"startDate":"2024-09-01","terminatedEarlyOn":"2025-01-01","terminatedBy":"Unit"}}""");
        Assert.Equal(TerminatingParty.Unit, json.Case!.Contract!.TerminatedBy);
    }

    [Fact]
    public void A_contract_ended_on_its_first_day_gives_no_day_of_membership()
    {
        var d = Evaluate(Member(Regions.Kursk, new DateOnly(2025, 1, 1), terminated: Start));
        Assert.Equal(EntitlementStatus.NotEntitled, d.Entitlement(EntitlementKind.CombatVeteranStatus).Status);
        Assert.Equal(EntitlementStatus.NotEntitled, d.Entitlement(EntitlementKind.MonthlyPay).Status);
        Assert.Equal((ServicePhase.TerminatedEarly, Start), (d.Service!.Phase, d.Service.From));
    }
}
