using System.Globalization;
using Bars.Policy.Reference;

namespace Bars.Policy.Tests.Oracle;

/// <summary>
/// The hand-coded reference oracle itself, example by example, each worked out by hand from claims.md (readings
/// I6–I13) and the choices stated in the oracle — never from the engine. Named by the reading they check.
/// </summary>
public sealed class ReferencePolicyTests
{
    private const ReferenceReason Silent = ReferenceReason.SourceSilent;
    private const ReferenceReason Conflict = ReferenceReason.SourceConflict;
    private const ReferenceReason Missing = ReferenceReason.MissingInput;
    private static readonly string[] NoDuties = [];
    private static readonly ReferenceEntitlement NotApplicable = new(ReferenceStatus.NotApplicable);

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? Day(string? iso) => iso is null ? null : D(iso);

    private static ReferenceContract Contract(string start, int months = 12, string? terminatedOn = null, bool byUnit = false) =>
        new(months, D(start), Day(terminatedOn), byUnit);

    private static ReferenceInjury Injury(string on, bool onDuty = true) => new(D(on), onDuty);

    private static ReferenceDecision Decide(
        string region, string asOf, string born = "1980-05-01", bool female = false, ApplicantFacts facts = ApplicantFacts.None,
        ReferenceContract? contract = null, ApplicantFacts unknown = ApplicantFacts.None, params ReferenceInjury[] injuries) =>
        ReferencePolicy.Decide(new ReferenceCase(region, D(asOf), D(born), female, facts, unknown, contract, injuries));

    private static ReferenceEntitlement Entitled(decimal? amountRub = null, ReferencePeriod? period = null, string? from = null, string? to = null) =>
        new(ReferenceStatus.Entitled, amountRub, period, null, Day(from), Day(to));

    private static ReferenceEntitlement NotEntitled(string? from = null, string? to = null) =>
        new(ReferenceStatus.NotEntitled, From: Day(from), To: Day(to));

    private static ReferenceEntitlement Undetermined(ReferenceReason reason, string? from = null, string? to = null) =>
        new(ReferenceStatus.Undetermined, Reason: reason, From: Day(from), To: Day(to));

    private static ReferenceObligation Owed(decimal amountRub, string from) => new(ReferenceObligationStatus.Owed, amountRub, null, D(from));

    private static ReferenceObligation OpenRepayment(ReferenceReason reason, string from) => new(ReferenceObligationStatus.Undetermined, null, reason, D(from));

    private static readonly ReferenceObligation NotOwed = new(ReferenceObligationStatus.NotOwed);

    private static ReferenceService Service(ReferencePhase phase, string? from = null, string? to = null, string? trainingEndsOn = null, params string[] duties) =>
        new(phase, null, Day(from), Day(to), Day(trainingEndsOn), duties, Silent);

    private static ReferenceService OpenService(ReferenceReason reason) => new(ReferencePhase.Undetermined, reason, null, null, null, NoDuties, Silent);

    private static ReferenceEnlistment Enlistment(ReferenceOutcome outcome, string judgedOn, ReferenceReason? reason = null) => new(outcome, reason, D(judgedOn));

    // ---------------- I6: enlistment is judged once, on the contract's start date ----------------

    [Fact]
    public void I6_issue_a_Bryansk_member_who_turns_66_mid_contract_stays_a_member_assigned_and_paid()
    {
        // 65 on 2024-09-01, 66 on 2025-03-01; term 2024-09-01..2025-08-31; day 21 is 2024-09-21.
        var d = Decide("Bryansk", "2025-03-15", born: "1959-03-01", contract: Contract("2024-09-01"));

        Assert.Equal(new ReferenceDecision(
            Enlistment(ReferenceOutcome.Eligible, "2024-09-01"),
            Entitled(40_000m, ReferencePeriod.Month, "2024-09-01", "2025-08-31"),  // C9
            Entitled(300_000m, ReferencePeriod.Once),                             // C10
            Undetermined(Silent),                                                 // Bryansk: silent on injuries
            Undetermined(Silent),                                                 // silent: no period (the oracle's choice)
            Undetermined(Silent),
            NotApplicable,                                                        // no public post
            NotOwed,
            Service(ReferencePhase.Assigned, "2024-09-22", "2025-08-31", "2024-09-21", "C17", "C18", "C20")), d);
    }

    [Fact]
    public void I6_issue_a_man_aged_17_on_the_start_date_is_never_eligible_under_that_contract()
    {
        // 18 on 2024-09-02, the day after the start; evaluated long after, at 18.
        var d = Decide("Bryansk", "2025-06-01", born: "2006-09-02", contract: Contract("2024-09-01"));

        Assert.Equal(new ReferenceDecision(
            Enlistment(ReferenceOutcome.Ineligible, "2024-09-01"),
            NotEntitled(), NotEntitled(), NotEntitled(), NotEntitled(), NotEntitled(),
            NotApplicable, NotOwed, Service(ReferencePhase.NotMember)), d);
    }

    [Theory]
    [InlineData("2006-09-01", ReferenceOutcome.Eligible)]   // 18th birthday on the start date
    [InlineData("2006-09-02", ReferenceOutcome.Ineligible)] // 18 the day after the start
    [InlineData("1958-09-02", ReferenceOutcome.Eligible)]   // 66 the day after the start
    [InlineData("1958-09-01", ReferenceOutcome.Ineligible)] // 66th birthday on the start date
    public void I6_I3_age_is_18_to_65_in_completed_years_on_the_start_date_whatever_asOf(string born, ReferenceOutcome expected)
    {
        foreach (var asOf in new[] { "2024-08-31", "2024-09-01", "2024-09-02", "2025-09-01", "2040-01-01" })
        {
            var d = Decide("Bryansk", asOf, born: born, contract: Contract("2024-09-01"));
            Assert.Equal(Enlistment(expected, "2024-09-01"), d.Enlistment);
        }
    }

    [Theory]
    [InlineData("2024-10-01", "2006-10-01", ReferenceOutcome.Eligible)]   // 18th birthday
    [InlineData("2024-10-01", "2006-10-02", ReferenceOutcome.Ineligible)] // 17
    [InlineData("2024-10-01", "1958-10-02", ReferenceOutcome.Eligible)]   // the day before the 66th birthday
    [InlineData("2024-10-01", "1958-10-01", ReferenceOutcome.Ineligible)] // 66th birthday
    public void I6_without_a_contract_the_applicant_is_judged_on_asOf(string asOf, string born, ReferenceOutcome expected)
    {
        var d = Decide("Bryansk", asOf, born: born);
        Assert.Equal(Enlistment(expected, asOf), d.Enlistment);
    }

    [Theory]
    [InlineData("2004-02-29", "2022-02-27", ReferenceOutcome.Ineligible)] // 17: the birthday of a common year is 28 February
    [InlineData("2004-02-29", "2022-02-28", ReferenceOutcome.Eligible)]
    [InlineData("2004-02-29", "2024-02-28", ReferenceOutcome.Eligible)]   // 19 (on 28 Feb of a leap year still 19)
    [InlineData("1956-02-29", "2022-02-27", ReferenceOutcome.Eligible)]   // 65
    [InlineData("1956-02-29", "2022-02-28", ReferenceOutcome.Ineligible)] // 66 on 28 February of a common year
    [InlineData("1960-02-29", "2026-02-28", ReferenceOutcome.Ineligible)] // 66
    public void I6_I3_a_29_February_birth_completes_its_year_on_28_February_in_common_years(string born, string start, ReferenceOutcome expected)
    {
        var d = Decide("Kursk", "2030-01-01", born: born, contract: Contract(start));
        Assert.Equal(expected, d.Enlistment.Outcome);
        Assert.Equal(D(start), d.Enlistment.JudgedOn);
    }

    [Fact]
    public void I6_age_in_completed_years()
    {
        Assert.Equal(18, ReferencePolicy.AgeOn(D("2004-02-29"), D("2022-02-28")));
        Assert.Equal(17, ReferencePolicy.AgeOn(D("2004-02-29"), D("2022-02-27")));
        Assert.Equal(20, ReferencePolicy.AgeOn(D("2004-02-29"), D("2024-02-29")));
        Assert.Equal(19, ReferencePolicy.AgeOn(D("2004-02-29"), D("2024-02-28")));
        Assert.Equal(65, ReferencePolicy.AgeOn(D("1959-03-01"), D("2025-02-28")));
    }

    [Fact]
    public void I6_C2_C3_C19_bars_beat_open_questions_and_a_conflict_beats_a_silence()
    {
        var contract = Contract("2024-09-01");
        Assert.Equal(ReferenceOutcome.Ineligible,
            Decide("Belgorod", "2024-10-01", female: true, facts: ApplicantFacts.HealthRestriction | ApplicantFacts.CriminalConviction, contract: contract).Enlistment.Outcome);
        Assert.Equal(ReferenceOutcome.Ineligible,
            Decide("Belgorod", "2024-10-01", facts: ApplicantFacts.MissingLimbOrProsthesis | ApplicantFacts.PublicOfficial, contract: contract).Enlistment.Outcome);
        Assert.Equal(Enlistment(ReferenceOutcome.Undetermined, "2024-09-01", Conflict),
            Decide("Belgorod", "2024-10-01", female: true, facts: ApplicantFacts.CriminalConviction, contract: contract).Enlistment);
        Assert.Equal(Enlistment(ReferenceOutcome.Undetermined, "2024-09-01", Silent),
            Decide("Bryansk", "2024-10-01", facts: ApplicantFacts.ActiveMilitary, contract: contract).Enlistment);
        Assert.Equal(Enlistment(ReferenceOutcome.Undetermined, "2024-10-01", Silent),
            Decide("Kursk", "2024-10-01", facts: ApplicantFacts.CriminalConviction).Enlistment);
        Assert.Equal(ReferenceOutcome.Eligible,
            Decide("Bryansk", "2024-10-01", facts: ApplicantFacts.FormerWarParticipant, contract: contract).Enlistment.Outcome);
    }

    [Fact]
    public void I6_C12_C13_women_by_region()
    {
        var contract = Contract("2024-09-01");
        Assert.Equal(ReferenceOutcome.Ineligible, Decide("Kursk", "2024-10-01", female: true, contract: contract).Enlistment.Outcome);
        Assert.Equal(ReferenceOutcome.Eligible,
            Decide("Kursk", "2024-10-01", female: true, facts: ApplicantFacts.MedicalQualification, contract: contract).Enlistment.Outcome);
        Assert.Equal(ReferenceOutcome.Eligible, Decide("Bryansk", "2024-10-01", female: true, contract: contract).Enlistment.Outcome);
        Assert.Equal(Enlistment(ReferenceOutcome.Undetermined, "2024-09-01", Conflict),
            Decide("Belgorod", "2024-10-01", female: true, facts: ApplicantFacts.MedicalQualification, contract: contract).Enlistment);
    }

    // ---------------- I7: membership is the contract's term ----------------

    [Theory]
    [InlineData("2024-08-31", false)] // the day before the start
    [InlineData("2024-09-01", true)]  // the start
    [InlineData("2024-09-02", true)]
    [InlineData("2025-08-31", true)]  // the end of the term: 2024-09-01 + 12 months - 1 day
    [InlineData("2025-09-01", false)] // the day after
    public void I7_I8_monthly_pay_is_paid_exactly_on_the_days_of_membership(string asOf, bool member)
    {
        var d = Decide("Belgorod", asOf, contract: Contract("2024-09-01"));

        Assert.Equal(member
            ? Entitled(80_000m, ReferencePeriod.Month, "2024-09-01", "2025-08-31")  // C8
            : NotEntitled("2024-09-01", "2025-08-31"), d.MonthlyPay);
    }

    [Theory]
    [InlineData("2024-12-31", true)]  // the day before the termination
    [InlineData("2025-01-01", false)] // the termination day
    [InlineData("2025-01-02", false)]
    public void I7_membership_ends_the_day_before_an_early_termination(string asOf, bool member)
    {
        var terminatedOn = member ? null : "2025-01-01"; // a termination is in the case only once it has happened
        var d = Decide("Bryansk", asOf, contract: Contract("2024-09-01", 12, terminatedOn));

        Assert.Equal(member
            ? Entitled(40_000m, ReferencePeriod.Month, "2024-09-01", "2025-08-31")
            : NotEntitled("2024-09-01", "2024-12-31"), d.MonthlyPay);
    }

    [Fact]
    public void I7_a_termination_on_the_start_day_leaves_no_day_of_membership()
    {
        var bryansk = Decide("Bryansk", "2024-09-01", contract: Contract("2024-09-01", 12, "2024-09-01"));
        Assert.Equal(NotEntitled(), bryansk.MonthlyPay);
        Assert.Equal(Entitled(300_000m, ReferencePeriod.Once), bryansk.OneTimePayment); // signed: due whatever came after
        Assert.Equal(Owed(300_000m, "2024-09-01"), bryansk.Repayment);
        Assert.Equal(Service(ReferencePhase.TerminatedEarly, "2024-09-01", null, "2024-09-21"), bryansk.Service);

        var kursk = Decide("Kursk", "2024-10-01", contract: Contract("2024-09-01", 12, "2024-09-01"));
        Assert.Equal(NotEntitled(), kursk.CombatVeteranStatus); // never a member: no status to keep
        Assert.Equal(NotEntitled(), kursk.FamilyPrivileges);
        Assert.Equal(NotEntitled(), kursk.MonthlyPay);
    }

    [Theory]
    [InlineData("2024-01-15", 1, "2024-02-14")]
    [InlineData("2024-02-29", 12, "2025-02-27")] // 2024-02-29 + 12 months is 2025-02-28 (no 29th), less a day
    [InlineData("2024-01-31", 1, "2024-02-28")]  // + 1 month is 2024-02-29 (the month's last day), less a day
    [InlineData("2024-09-01", 6, "2025-02-28")]
    public void I7_the_end_of_the_term_is_the_start_plus_its_months_less_a_day(string start, int months, string end)
    {
        Assert.Equal(D(end), ReferencePolicy.EndOfTerm(D(start), months));
        var lastDay = Decide("Bryansk", end, contract: Contract(start, months));
        Assert.Equal(ReferenceStatus.Entitled, lastDay.MonthlyPay.Status);
        var after = Decide("Bryansk", D(end).AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), contract: Contract(start, months));
        Assert.Equal(ReferencePhase.Ended, after.Service.Phase);
    }

    [Fact]
    public void I7_issue_without_a_contract_nobody_is_a_member_not_even_a_Kursk_applicant()
    {
        var kurskOfficial = Decide("Kursk", "2024-10-01", facts: ApplicantFacts.PublicOfficial);

        Assert.Equal(new ReferenceDecision(
            Enlistment(ReferenceOutcome.Eligible, "2024-10-01"),
            NotEntitled(), NotEntitled(), NotEntitled(), NotEntitled(), NotEntitled(),
            NotApplicable, NotOwed, Service(ReferencePhase.NoContract)), kurskOfficial);

        // An open enlistment without a contract still makes nobody a member (the oracle's choice).
        var belgorodWoman = Decide("Belgorod", "2024-10-01", female: true, facts: ApplicantFacts.PublicOfficial);
        Assert.Equal(new ReferenceDecision(
            Enlistment(ReferenceOutcome.Undetermined, "2024-10-01", Conflict),
            NotEntitled(), NotEntitled(), NotEntitled(), NotEntitled(), NotEntitled(),
            NotApplicable, NotOwed, Service(ReferencePhase.NoContract)), belgorodWoman);

        // Ineligible without a contract: never a member; an official's post is not kept.
        var barred = Decide("Belgorod", "2024-10-01", facts: ApplicantFacts.HealthRestriction | ApplicantFacts.PublicOfficial);
        Assert.Equal(NotEntitled(), barred.RetainPublicPosition);
        Assert.Equal(Service(ReferencePhase.NotMember), barred.Service);
    }

    // ---------------- I8: every outcome with its period, its status on asOf ----------------

    [Theory]
    [InlineData("2024-08-01", 12, 300_000)] // before the start
    [InlineData("2024-10-01", 12, 300_000)]
    [InlineData("2027-01-01", 12, 300_000)] // long after the term
    [InlineData("2024-10-01", 6, 150_000)]
    public void I8_C10_the_one_time_payment_is_due_for_signing_whatever_asOf(string asOf, int months, int amount)
    {
        var d = Decide("Bryansk", asOf, contract: Contract("2024-09-01", months));
        Assert.Equal(Entitled(amount, ReferencePeriod.Once), d.OneTimePayment);
    }

    [Fact]
    public void I8_C10_I1_other_lengths_and_other_regions_are_silent()
    {
        Assert.Equal(Undetermined(Silent), Decide("Bryansk", "2024-10-01", contract: Contract("2024-09-01", 3)).OneTimePayment);
        Assert.Equal(Undetermined(Silent), Decide("Kursk", "2024-10-01", contract: Contract("2024-09-01")).OneTimePayment);
        Assert.Equal(Undetermined(Silent), Decide("Belgorod", "2024-10-01", contract: Contract("2024-09-01", 6)).OneTimePayment);
    }

    [Fact]
    public void I8_C5_issue_injury_compensation_is_due_from_the_injury_for_good()
    {
        // Injured on duty in October 2024; 66 in 2025, the term over; evaluated in 2030.
        var d = Decide("Kursk", "2030-01-01", born: "1959-03-01", contract: Contract("2024-09-01"), injuries: Injury("2024-10-15"));

        Assert.Equal(ReferenceOutcome.Eligible, d.Enlistment.Outcome);
        Assert.Equal(Entitled(3_000_000m, ReferencePeriod.Once, "2024-10-15"), d.InjuryCompensation);
        Assert.Equal(Entitled(from: "2024-09-01"), d.CombatVeteranStatus);
    }

    [Fact]
    public void I8_C5_the_injuries_on_duty_decide_the_compensation_in_Kursk_only()
    {
        var contract = Contract("2024-09-01");
        Assert.Equal(NotEntitled(), Decide("Kursk", "2024-10-01", contract: contract, injuries: Injury("2024-09-20", onDuty: false)).InjuryCompensation);
        Assert.Equal(NotEntitled(), Decide("Kursk", "2024-10-01", contract: contract).InjuryCompensation);
        Assert.Equal(Undetermined(Silent), Decide("Kursk", "2024-10-01", contract: contract,
            injuries: [Injury("2024-09-10"), Injury("2024-09-11", onDuty: false), Injury("2024-09-25")]).InjuryCompensation);
        Assert.Equal(Undetermined(Silent), Decide("Bryansk", "2024-10-01", contract: contract, injuries: Injury("2024-09-20")).InjuryCompensation);
        Assert.Equal(Undetermined(Silent), Decide("Belgorod", "2024-10-01", contract: contract).InjuryCompensation);
    }

    [Fact]
    public void I8_C6_C7_issue_a_Kursk_veteran_evaluated_years_later_keeps_status_and_family_privileges()
    {
        var d = Decide("Kursk", "2031-05-01", born: "1962-01-10", contract: Contract("2024-09-01"));

        Assert.Equal(Entitled(from: "2024-09-01"), d.CombatVeteranStatus);
        Assert.Equal(Entitled(from: "2024-09-01"), d.FamilyPrivileges);
        Assert.Equal(NotEntitled("2024-09-01", "2025-08-31"), d.MonthlyPay);
        Assert.Equal(Service(ReferencePhase.Ended, "2025-09-01", null, "2024-09-21"), d.Service);
    }

    [Theory]
    [InlineData("Kursk", "2024-08-31", ReferenceStatus.NotEntitled)] // the day before the start
    [InlineData("Kursk", "2024-09-01", ReferenceStatus.Entitled)]
    [InlineData("Kursk", "2025-09-01", ReferenceStatus.Entitled)]    // after the term too
    [InlineData("Bryansk", "2024-08-31", ReferenceStatus.NotEntitled)]
    [InlineData("Bryansk", "2024-09-01", ReferenceStatus.Undetermined)]
    [InlineData("Belgorod", "2026-01-01", ReferenceStatus.Undetermined)]
    public void I8_C6_C7_the_status_runs_from_the_start_of_membership_without_end_where_the_source_grants_it(string region, string asOf, ReferenceStatus status)
    {
        var d = Decide(region, asOf, contract: Contract("2024-09-01"));
        var expected = status == ReferenceStatus.Undetermined
            ? Undetermined(Silent)                                           // an open answer states no period
            : new ReferenceEntitlement(status, From: D("2024-09-01"));
        Assert.Equal(expected, d.CombatVeteranStatus);
        Assert.Equal(expected, d.FamilyPrivileges);
    }

    [Theory]
    [InlineData("2024-08-31", ReferenceStatus.NotEntitled)]
    [InlineData("2024-09-01", ReferenceStatus.Undetermined)]
    [InlineData("2025-08-31", ReferenceStatus.Undetermined)]
    [InlineData("2025-09-01", ReferenceStatus.NotEntitled)]
    public void I8_Kursk_monthly_pay_is_silent_while_a_member_and_not_paid_outside_membership(string asOf, ReferenceStatus status)
    {
        var d = Decide("Kursk", asOf, contract: Contract("2024-09-01"));
        Assert.Equal(status == ReferenceStatus.Undetermined ? Undetermined(Silent) : NotEntitled("2024-09-01", "2025-08-31"), d.MonthlyPay);
    }

    [Fact]
    public void I8_C14_the_post_is_kept_while_a_member_and_the_question_does_not_arise_otherwise()
    {
        var official = ApplicantFacts.PublicOfficial;
        var contract = Contract("2024-09-01");
        Assert.Equal(Entitled(from: "2024-09-01", to: "2025-08-31"), Decide("Belgorod", "2025-08-31", facts: official, contract: contract).RetainPublicPosition);
        Assert.Equal(NotApplicable, Decide("Belgorod", "2025-09-01", facts: official, contract: contract).RetainPublicPosition);
        Assert.Equal(NotApplicable, Decide("Belgorod", "2024-08-31", facts: official, contract: contract).RetainPublicPosition);
        Assert.Equal(NotApplicable, Decide("Belgorod", "2024-10-01", contract: contract).RetainPublicPosition);
        Assert.Equal(NotApplicable, Decide("Belgorod", "2025-01-02", facts: official, contract: Contract("2024-09-01", 12, "2025-01-01")).RetainPublicPosition);
        Assert.Equal(Undetermined(Silent), Decide("Kursk", "2024-10-01", facts: official, contract: contract).RetainPublicPosition);
        Assert.Equal(Undetermined(Silent), Decide("Bryansk", "2024-10-01", facts: official, contract: contract).RetainPublicPosition);
        Assert.Equal(NotApplicable, Decide("Kursk", "2024-10-01", contract: contract).RetainPublicPosition);
    }

    [Fact]
    public void I8_issue_a_Bryansk_member_a_year_after_the_term_is_paid_nothing_and_has_no_duties()
    {
        var d = Decide("Bryansk", "2026-09-01", contract: Contract("2024-09-01"));

        Assert.Equal(NotEntitled("2024-09-01", "2025-08-31"), d.MonthlyPay);
        Assert.Equal(Entitled(300_000m, ReferencePeriod.Once), d.OneTimePayment);
        Assert.Equal(Service(ReferencePhase.Ended, "2025-09-01", null, "2024-09-21"), d.Service);
        Assert.Empty(d.Service.DutyClaims);
    }

    [Fact]
    public void I8_I4_an_open_enlistment_with_a_contract_leaves_every_entitlement_open_for_its_reason()
    {
        var d = Decide("Bryansk", "2025-02-01", facts: ApplicantFacts.ActiveMilitary, contract: Contract("2024-09-01", 6, "2025-01-15"));

        Assert.Equal(new ReferenceDecision(
            Enlistment(ReferenceOutcome.Undetermined, "2024-09-01", Silent),
            Undetermined(Silent), Undetermined(Silent), Undetermined(Silent), Undetermined(Silent), Undetermined(Silent),
            NotApplicable,                              // no post: the question does not arise
            OpenRepayment(Silent, "2025-01-15"),
            OpenService(Silent)), d);

        var official = Decide("Belgorod", "2024-10-01", female: true, facts: ApplicantFacts.PublicOfficial, contract: Contract("2024-09-01"));
        Assert.All(official.Entitlements, e => Assert.Equal(Undetermined(Conflict), e.Entitlement));
        Assert.Equal(NotOwed, official.Repayment);
        Assert.Equal(OpenService(Conflict), official.Service);
    }

    [Fact]
    public void I8_I4_an_ineligible_applicant_with_a_contract_has_nothing_and_owes_nothing()
    {
        var d = Decide("Bryansk", "2025-02-01", facts: ApplicantFacts.HealthRestriction | ApplicantFacts.PublicOfficial,
            contract: Contract("2024-09-01", 12, "2025-01-15"));

        Assert.Equal(new ReferenceDecision(
            Enlistment(ReferenceOutcome.Ineligible, "2024-09-01"),
            NotEntitled(), NotEntitled(), NotEntitled(), NotEntitled(), NotEntitled(),
            NotEntitled(),                              // an official's post: not kept
            NotOwed, Service(ReferencePhase.NotMember)), d);
    }

    // ---------------- I10: service phases ----------------

    [Theory]
    [InlineData("2024-08-31", ReferencePhase.NotStarted, null, "2024-08-31")]
    [InlineData("2024-09-01", ReferencePhase.Training, "2024-09-01", "2024-09-21")]    // day 1
    [InlineData("2024-09-21", ReferencePhase.Training, "2024-09-01", "2024-09-21")]    // day 21
    [InlineData("2024-09-22", ReferencePhase.Assigned, "2024-09-22", "2025-08-31")]    // day 22
    [InlineData("2025-08-31", ReferencePhase.Assigned, "2024-09-22", "2025-08-31")]    // the last day of the term
    [InlineData("2025-09-01", ReferencePhase.Ended, "2025-09-01", null)]
    public void I10_C4_the_phases_of_a_contract_and_duties_only_while_assigned(string asOf, ReferencePhase phase, string? from, string? to)
    {
        var d = Decide("Kursk", asOf, contract: Contract("2024-09-01"));

        string[] duties = phase == ReferencePhase.Assigned ? ["C15", "C18", "C20"] : [];
        Assert.Equal(Service(phase, from, to, "2024-09-21", duties), d.Service);
    }

    [Theory]
    [InlineData("2024-09-10", "2024-09-10")] // in training, on the day
    [InlineData("2024-09-10", "2025-03-01")]
    [InlineData("2024-12-01", "2024-12-01")]
    [InlineData("2025-08-31", "2026-01-01")] // on the last day of the term
    public void I10_from_an_early_termination_the_phase_is_TerminatedEarly(string terminatedOn, string asOf)
    {
        var d = Decide("Belgorod", asOf, contract: Contract("2024-09-01", 12, terminatedOn));
        Assert.Equal(Service(ReferencePhase.TerminatedEarly, terminatedOn, null, "2024-09-21"), d.Service);
    }

    [Fact]
    public void I10_C4_training_is_days_1_to_21_even_in_a_one_month_contract()
    {
        var d = Decide("Bryansk", "2024-02-05", contract: Contract("2024-02-01", 1));
        Assert.Equal(Service(ReferencePhase.Training, "2024-02-01", "2024-02-21", "2024-02-21"), d.Service);
    }

    [Theory]
    [InlineData("Kursk", "C15")]
    [InlineData("Belgorod", "C16")]
    [InlineData("Bryansk", "C17")]
    public void I10_C15_C20_the_duties_of_an_assigned_member_are_the_regions_and_every_regions(string region, string own)
    {
        var d = Decide(region, "2024-10-01", contract: Contract("2024-09-01"));
        Assert.Equal([own, "C18", "C20"], d.Service.DutyClaims);
    }

    [Fact]
    public void I10_C21_whether_a_member_may_be_deployed_to_the_war_zone_is_always_open_and_silent()
    {
        Assert.Equal(Silent, Decide("Kursk", "2024-10-01", contract: Contract("2024-09-01")).Service.WarZoneDeployment);
        Assert.Equal(Silent, Decide("Bryansk", "2024-10-01").Service.WarZoneDeployment);
        Assert.Equal(Silent, Decide("Belgorod", "2024-10-01", female: true, contract: Contract("2024-09-01")).Service.WarZoneDeployment);
    }

    // ---------------- I11: unknown is not no ----------------

    [Fact]
    public void I11_issue_a_Kursk_man_whose_health_is_unknown_is_not_eligible_until_it_is_known()
    {
        var d = Decide("Kursk", "2024-10-01", contract: Contract("2024-09-01"), unknown: ApplicantFacts.HealthRestriction);

        Assert.Equal(new ReferenceDecision(
            Enlistment(ReferenceOutcome.Undetermined, "2024-09-01", Missing),
            Undetermined(Missing),       // Undetermined (silent) or NotEntitled
            Undetermined(Missing),       // likewise
            NotEntitled(),               // no injury on duty: NotEntitled either way
            Undetermined(Missing),       // Entitled or NotEntitled
            Undetermined(Missing),
            NotApplicable,               // no post either way
            NotOwed,                     // no termination either way
            OpenService(Missing)), d);
    }

    [Fact]
    public void I11_an_outcome_that_does_not_depend_on_the_unknown_fact_is_decided()
    {
        var contract = Contract("2024-09-01");
        var known = Decide("Bryansk", "2024-10-01", contract: contract);
        Assert.Equal(known, Decide("Bryansk", "2024-10-01", contract: contract, unknown: ApplicantFacts.MedicalQualification | ApplicantFacts.FormerWarParticipant));

        // Too old either way.
        var old = Decide("Bryansk", "2024-10-01", born: "1950-01-01", contract: contract, unknown: ApplicantFacts.HealthRestriction);
        Assert.Equal(Enlistment(ReferenceOutcome.Ineligible, "2024-09-01"), old.Enlistment);
        Assert.Equal(Service(ReferencePhase.NotMember), old.Service);

        // A Belgorod woman: the conflict is the strongest reason whether or not she has a conviction.
        var woman = Decide("Belgorod", "2024-10-01", female: true, contract: contract, unknown: ApplicantFacts.CriminalConviction);
        Assert.Equal(Enlistment(ReferenceOutcome.Undetermined, "2024-09-01", Conflict), woman.Enlistment);
        Assert.Equal(OpenService(Conflict), woman.Service);
    }

    [Fact]
    public void I11_an_unknown_fact_that_changes_only_the_period_leaves_the_outcome_open()
    {
        // Before the start: "NotEntitled, from the start" for a member-to-be, "NotEntitled" for someone never to be one.
        var d = Decide("Kursk", "2024-08-31", contract: Contract("2024-09-01"), unknown: ApplicantFacts.HealthRestriction);

        Assert.Equal(Undetermined(Missing), d.CombatVeteranStatus);
        Assert.Equal(Undetermined(Missing), d.MonthlyPay);
        Assert.Equal(Undetermined(Missing), d.OneTimePayment);   // Undetermined (silent) or NotEntitled
        Assert.Equal(NotEntitled(), d.InjuryCompensation);        // NotEntitled, no period, either way
    }

    [Fact]
    public void I11_without_a_contract_only_what_the_unknown_fact_changes_is_open()
    {
        var d = Decide("Kursk", "2024-10-01", unknown: ApplicantFacts.HealthRestriction);

        Assert.Equal(Enlistment(ReferenceOutcome.Undetermined, "2024-10-01", Missing), d.Enlistment);
        Assert.All(d.Entitlements.Take(5), e => Assert.Equal(NotEntitled(), e.Entitlement)); // no member either way
        Assert.Equal(NotApplicable, d.RetainPublicPosition);
        Assert.Equal(OpenService(Missing), d.Service);                                      // NoContract or NotMember
    }

    [Fact]
    public void I11_an_unknown_post_opens_only_the_retained_post()
    {
        var contract = Contract("2024-09-01");
        var d = Decide("Belgorod", "2024-10-01", contract: contract, unknown: ApplicantFacts.PublicOfficial);
        var known = Decide("Belgorod", "2024-10-01", contract: contract);

        Assert.Equal(known with { RetainPublicPosition = Undetermined(Missing) }, d);
    }

    [Fact]
    public void I11_a_repayment_that_depends_on_an_unknown_fact_is_open_from_the_termination()
    {
        var d = Decide("Bryansk", "2025-04-01", contract: Contract("2024-09-01", 12, "2025-01-01"), unknown: ApplicantFacts.CriminalConviction);

        Assert.Equal(OpenRepayment(Missing, "2025-01-01"), d.Repayment);   // Owed 300,000 or Undetermined (silent)
        Assert.Equal(Undetermined(Missing), d.OneTimePayment);
        Assert.Equal(OpenService(Missing), d.Service);                    // TerminatedEarly or Undetermined
    }

    // ---------------- I12: injuries are dated ----------------

    [Fact]
    public void I12_an_injury_off_duty_on_any_day_gives_nothing()
    {
        Assert.Equal(NotEntitled(), Decide("Kursk", "2024-10-01", injuries: Injury("2023-05-01", onDuty: false)).InjuryCompensation);
        var d = Decide("Kursk", "2024-10-01", contract: Contract("2024-09-01"),
            injuries: [Injury("2024-01-10", onDuty: false), Injury("2024-09-15"), Injury("2024-09-30", onDuty: false)]);
        Assert.Equal(Entitled(3_000_000m, ReferencePeriod.Once, "2024-09-15"), d.InjuryCompensation);
    }

    // ---------------- I13: who ended the contract ----------------

    [Fact]
    public void I13_C11_issue_a_volunteer_who_ended_the_contract_owes_the_whole_payment_from_that_day()
    {
        var d = Decide("Bryansk", "2025-04-01", born: "1959-03-01", contract: Contract("2024-09-01", 12, "2025-01-01"));

        Assert.Equal(new ReferenceDecision(
            Enlistment(ReferenceOutcome.Eligible, "2024-09-01"),
            NotEntitled("2024-09-01", "2024-12-31"),
            Entitled(300_000m, ReferencePeriod.Once),
            Undetermined(Silent),
            Undetermined(Silent),                                                 // silent: no period (the oracle's choice)
            Undetermined(Silent),
            NotApplicable,
            Owed(300_000m, "2025-01-01"),
            Service(ReferencePhase.TerminatedEarly, "2025-01-01", null, "2024-09-21")), d);
    }

    [Theory]
    [InlineData("Bryansk", 12, false, ReferenceObligationStatus.Owed, 300_000, null)]
    [InlineData("Bryansk", 6, false, ReferenceObligationStatus.Owed, 150_000, null)]
    [InlineData("Bryansk", 12, true, ReferenceObligationStatus.Undetermined, null, ReferenceReason.SourceSilent)] // by the unit: silent
    [InlineData("Bryansk", 3, false, ReferenceObligationStatus.Undetermined, null, ReferenceReason.SourceSilent)]  // the payment is open
    [InlineData("Kursk", 12, false, ReferenceObligationStatus.Undetermined, null, ReferenceReason.SourceSilent)]
    [InlineData("Belgorod", 12, true, ReferenceObligationStatus.Undetermined, null, ReferenceReason.SourceSilent)]
    public void I13_C11_the_repayment_after_an_early_termination(string region, int months, bool byUnit, ReferenceObligationStatus status, int? amount, ReferenceReason? reason)
    {
        var d = Decide(region, "2025-02-01", contract: Contract("2024-09-01", months, "2024-11-15", byUnit)); // within the shortest term
        Assert.Equal(new ReferenceObligation(status, amount, reason, D("2024-11-15")), d.Repayment);
    }

    [Fact]
    public void I13_C11_no_termination_or_no_payment_owes_nothing()
    {
        Assert.Equal(NotOwed, Decide("Bryansk", "2025-02-01", contract: Contract("2024-09-01")).Repayment);
        Assert.Equal(NotOwed, Decide("Bryansk", "2025-02-01", born: "2010-01-01", contract: Contract("2024-09-01", 12, "2024-12-15")).Repayment);
        Assert.Equal(NotOwed, Decide("Bryansk", "2025-02-01").Repayment);
    }

    // ---------------- Reading the case ----------------

    [Fact]
    public void The_oracle_reads_terminatedBy_and_unknown_from_the_cases_json()
    {
        const string json = """
            { "caseId": "o-1", "region": "Bryansk", "asOf": "2025-02-01",
              "applicant": { "birthDate": "1980-05-01", "sex": "Male", "healthRestriction": false },
              "contract": { "months": 12, "startDate": "2024-09-01", "terminatedEarlyOn": "2024-12-15", "terminatedBy": "Unit" },
              "injuries": [ { "date": "2024-01-10", "onDuty": false } ],
              "unknown": ["medicalQualification"] }
            """;

        var d = ReferencePolicy.DecideJson(json);

        Assert.Equal(OpenRepayment(Silent, "2024-12-15"), d.Repayment);
        Assert.Equal(d, Decide("Bryansk", "2025-02-01", contract: Contract("2024-09-01", 12, "2024-12-15", byUnit: true),
            unknown: ApplicantFacts.MedicalQualification, injuries: Injury("2024-01-10", onDuty: false)));
    }

    [Fact]
    public void A_PolicyCase_and_its_json_decide_alike()
    {
        var c = new PolicyCase("o-2", "Kursk", D("2025-02-01"),
            new Applicant(D("1980-05-01"), Sex.Female, MedicalQualification: true, PublicOfficial: true),
            new Contract(6, D("2024-09-01"), D("2025-01-20"), TerminatingParty.Unit),
            [new Injury(D("2024-10-01"), true), new Injury(D("2024-10-02"), false)])
        { Unknown = ["criminalConviction"] };

        Assert.Equal(ReferencePolicy.DecideJson(PolicyJson.Write(c)), ReferencePolicy.Decide(c));
    }
}
