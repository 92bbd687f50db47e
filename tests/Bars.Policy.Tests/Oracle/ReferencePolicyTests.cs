using Bars.Policy.Reference;

namespace Bars.Policy.Tests.Oracle;

/// <summary>
/// Sanity tests of the hand-coded reference oracle itself, from claims.md and reading.md (not from the engine).
/// </summary>
public sealed class ReferencePolicyTests
{
    private static readonly DateOnly AsOf = new(2024, 10, 1);

    private static Applicant Man(int age = 40) => new(AsOf.AddYears(-age).AddDays(-10), Sex.Male);

    private static Applicant Woman(int age = 40) => Man(age) with { Sex = Sex.Female };

    private static Contract Contract(int months = 12, int startedDaysAgo = 60, DateOnly? terminatedEarlyOn = null) =>
        new(months, AsOf.AddDays(-startedDaysAgo), terminatedEarlyOn);

    private static PolicyCase Case(string region, Applicant? applicant = null, Contract? contract = null, params Injury[] injuries) =>
        new("oracle-1", region, AsOf, applicant ?? Man(), contract, injuries.Length == 0 ? null : injuries);

    private static ReferenceEntitlement Undetermined(UndeterminedReason reason) =>
        new(EntitlementStatus.Undetermined, null, null, reason);

    private static readonly ReferenceEntitlement NotEntitled = new(EntitlementStatus.NotEntitled, null, null, null);

    private static readonly ReferenceEntitlement Entitled = new(EntitlementStatus.Entitled, null, null, null);

    private static IEnumerable<ReferenceEntitlement> All(ReferenceDecision d) =>
        [d.MonthlyPay, d.OneTimePayment, d.InjuryCompensation, d.CombatVeteranStatus, d.FamilyPrivileges, d.RetainPublicPosition];

    [Fact]
    public void Sample_bryansk_case()
    {
        // docs/samples/bryansk-case.json
        var c = new PolicyCase("sample-bryansk-1", "Bryansk", new DateOnly(2024, 10, 1),
            new Applicant(new DateOnly(1980, 5, 1), Sex.Female),
            new Contract(12, new DateOnly(2024, 9, 1)), []);

        var d = ReferencePolicy.Decide(c);

        var silent = Undetermined(UndeterminedReason.SourceSilent);
        Assert.Equal(new ReferenceDecision(
            EnlistmentOutcome.Eligible, null,
            new ReferenceEntitlement(EntitlementStatus.Entitled, 40_000m, PaymentPeriod.Month, null),
            new ReferenceEntitlement(EntitlementStatus.Entitled, 300_000m, PaymentPeriod.Once, null),
            silent, silent, silent, silent,
            ObligationStatus.NotOwed, null, null,
            ServicePhase.Assigned, null, new DateOnly(2024, 9, 21)), d);
    }

    [Fact]
    public void Kursk_member_injured_on_duty_gets_three_million_once_and_the_kursk_benefits()
    {
        var d = ReferencePolicy.Decide(Case("Kursk", contract: Contract(), injuries: new Injury(AsOf.AddDays(-5), true)));

        Assert.Equal(EnlistmentOutcome.Eligible, d.Outcome);
        Assert.Equal(new ReferenceEntitlement(EntitlementStatus.Entitled, 3_000_000m, PaymentPeriod.Once, null), d.InjuryCompensation);
        Assert.Equal(Entitled, d.CombatVeteranStatus);
        Assert.Equal(Entitled, d.FamilyPrivileges);
        Assert.Equal(Undetermined(UndeterminedReason.SourceSilent), d.MonthlyPay);
        Assert.Equal(Undetermined(UndeterminedReason.SourceSilent), d.OneTimePayment);
        Assert.Equal(Undetermined(UndeterminedReason.SourceSilent), d.RetainPublicPosition);
        Assert.Equal(ObligationStatus.NotOwed, d.Repay);
    }

    [Fact]
    public void Kursk_injury_count_on_duty_decides_the_compensation()
    {
        var offDuty = ReferencePolicy.Decide(Case("Kursk", contract: Contract(), injuries: new Injury(AsOf.AddDays(-5), false)));
        Assert.Equal(NotEntitled, offDuty.InjuryCompensation);

        var twoOnDuty = ReferencePolicy.Decide(Case("Kursk", contract: Contract(),
            injuries: [new Injury(AsOf.AddDays(-5), true), new Injury(AsOf.AddDays(-3), false), new Injury(AsOf.AddDays(-2), true)]));
        Assert.Equal(Undetermined(UndeterminedReason.SourceSilent), twoOnDuty.InjuryCompensation);

        var bryansk = ReferencePolicy.Decide(Case("Bryansk", contract: Contract(), injuries: new Injury(AsOf.AddDays(-5), true)));
        Assert.Equal(Undetermined(UndeterminedReason.SourceSilent), bryansk.InjuryCompensation);
    }

    [Fact]
    public void A_17_year_old_is_ineligible_and_has_no_entitlements()
    {
        // the day before the 18th birthday
        var d = ReferencePolicy.Decide(Case("Bryansk", new Applicant(AsOf.AddYears(-18).AddDays(1), Sex.Male),
            Contract(12, 10, terminatedEarlyOn: AsOf)));

        Assert.Equal(EnlistmentOutcome.Ineligible, d.Outcome);
        Assert.Null(d.EnlistmentReason);
        Assert.All(All(d), e => Assert.Equal(NotEntitled, e));
        Assert.Equal(ObligationStatus.NotOwed, d.Repay);
        Assert.Null(d.RepayAmountRub);
    }

    [Theory]
    [InlineData("2006-10-01", EnlistmentOutcome.Eligible)]   // 18th birthday
    [InlineData("2006-10-02", EnlistmentOutcome.Ineligible)] // 17
    [InlineData("1959-10-02", EnlistmentOutcome.Eligible)]   // day before the 66th birthday
    [InlineData("1958-10-01", EnlistmentOutcome.Ineligible)] // 66th birthday
    public void Age_is_completed_years_18_to_65_inclusive(string birth, EnlistmentOutcome expected)
    {
        var d = ReferencePolicy.Decide(Case("Bryansk", new Applicant(DateOnly.Parse(birth), Sex.Male)));
        Assert.Equal(expected, d.Outcome);
    }

    [Fact]
    public void A_29_february_birth_completes_its_year_on_28_february_in_common_years()
    {
        var birth = new DateOnly(2004, 2, 29);
        Assert.Equal(18, ReferencePolicy.AgeOn(birth, new DateOnly(2022, 2, 28)));
        Assert.Equal(17, ReferencePolicy.AgeOn(birth, new DateOnly(2022, 2, 27)));
    }

    [Fact]
    public void Bars_beat_open_questions_and_conflict_beats_silence()
    {
        var barred = ReferencePolicy.Decide(Case("Belgorod", Woman() with { HealthRestriction = true, CriminalConviction = true }));
        Assert.Equal(EnlistmentOutcome.Ineligible, barred.Outcome);

        var limb = ReferencePolicy.Decide(Case("Belgorod", Man() with { MissingLimbOrProsthesis = true, PublicOfficial = true }));
        Assert.Equal(EnlistmentOutcome.Ineligible, limb.Outcome);

        var both = ReferencePolicy.Decide(Case("Belgorod", Woman() with { CriminalConviction = true, PublicOfficial = true }));
        Assert.Equal(EnlistmentOutcome.Undetermined, both.Outcome);
        Assert.Equal(UndeterminedReason.SourceConflict, both.EnlistmentReason);
        Assert.All(All(both), e => Assert.Equal(Undetermined(UndeterminedReason.SourceConflict), e));

        var military = ReferencePolicy.Decide(Case("Bryansk", Man() with { ActiveMilitary = true }, Contract(6, 60, AsOf)));
        Assert.Equal(EnlistmentOutcome.Undetermined, military.Outcome);
        Assert.Equal(UndeterminedReason.SourceSilent, military.EnlistmentReason);
        Assert.All(All(military), e => Assert.Equal(Undetermined(UndeterminedReason.SourceSilent), e));
        Assert.Equal(ObligationStatus.Undetermined, military.Repay);
        Assert.Equal(UndeterminedReason.SourceSilent, military.RepayReason);

        var veteran = ReferencePolicy.Decide(Case("Bryansk", Man() with { FormerWarParticipant = true }));
        Assert.Equal(EnlistmentOutcome.Eligible, veteran.Outcome);
    }

    [Fact]
    public void Women_by_region()
    {
        Assert.Equal(EnlistmentOutcome.Ineligible, ReferencePolicy.Decide(Case("Kursk", Woman())).Outcome);
        Assert.Equal(EnlistmentOutcome.Eligible, ReferencePolicy.Decide(Case("Kursk", Woman() with { MedicalQualification = true })).Outcome);
        Assert.Equal(EnlistmentOutcome.Eligible, ReferencePolicy.Decide(Case("Bryansk", Woman())).Outcome);
        var belgorod = ReferencePolicy.Decide(Case("Belgorod", Woman() with { MedicalQualification = true }));
        Assert.Equal((EnlistmentOutcome.Undetermined, UndeterminedReason.SourceConflict), (belgorod.Outcome, belgorod.EnlistmentReason));
    }

    [Fact]
    public void Belgorod_pay_and_officials()
    {
        var official = ReferencePolicy.Decide(Case("Belgorod", Man() with { PublicOfficial = true }));
        Assert.Equal(new ReferenceEntitlement(EntitlementStatus.Entitled, 80_000m, PaymentPeriod.Month, null), official.MonthlyPay);
        Assert.Equal(Entitled, official.RetainPublicPosition);
        Assert.Equal(Undetermined(UndeterminedReason.SourceSilent), official.OneTimePayment);
        Assert.Equal(Undetermined(UndeterminedReason.SourceSilent), official.CombatVeteranStatus);

        var citizen = ReferencePolicy.Decide(Case("Belgorod"));
        Assert.Equal(NotEntitled, citizen.RetainPublicPosition);

        var kurskOfficial = ReferencePolicy.Decide(Case("Kursk", Man() with { PublicOfficial = true }));
        Assert.Equal(Undetermined(UndeterminedReason.SourceSilent), kurskOfficial.RetainPublicPosition);
    }

    [Theory]
    [InlineData(12, EntitlementStatus.Entitled, 300_000, ObligationStatus.Owed)]
    [InlineData(6, EntitlementStatus.Entitled, 150_000, ObligationStatus.Owed)]
    [InlineData(3, EntitlementStatus.Undetermined, null, ObligationStatus.Undetermined)]
    public void Bryansk_one_time_payment_and_its_repayment_after_early_termination(
        int months, EntitlementStatus status, int? amount, ObligationStatus repay)
    {
        var d = ReferencePolicy.Decide(Case("Bryansk", contract: Contract(months, 40, AsOf.AddDays(-1))));

        Assert.Equal(status, d.OneTimePayment.Status);
        Assert.Equal((decimal?)amount, d.OneTimePayment.AmountRub);
        Assert.Equal(repay, d.Repay);
        Assert.Equal((decimal?)amount, d.RepayAmountRub);
        Assert.Equal(ServicePhase.NoContract, d.Phase); // terminated early
        Assert.Equal(AsOf.AddDays(-40 + 20), d.TrainingEndsOn);
    }

    [Fact]
    public void Bryansk_without_a_contract()
    {
        var d = ReferencePolicy.Decide(Case("Bryansk"));

        Assert.Equal(Undetermined(UndeterminedReason.MissingInput), d.OneTimePayment);
        Assert.Equal(40_000m, d.MonthlyPay.AmountRub);
        Assert.Equal(ObligationStatus.NotOwed, d.Repay);
        Assert.Equal(ServicePhase.NoContract, d.Phase);
        Assert.Null(d.TrainingEndsOn);
    }

    [Theory]
    [InlineData(-1, 12, null, ServicePhase.NoContract)]  // not started
    [InlineData(0, 12, null, ServicePhase.Training)]     // day 1
    [InlineData(20, 12, null, ServicePhase.Training)]    // day 21
    [InlineData(21, 12, null, ServicePhase.Assigned)]    // day 22
    [InlineData(30, 1, null, ServicePhase.NoContract)]   // 2024-09-01 + 1 month = 2024-10-01: ended the day before
    [InlineData(29, 1, null, ServicePhase.Assigned)]     // 2024-09-02 + 1 month = 2024-10-02: last day 2024-10-01
    [InlineData(40, 12, 0, ServicePhase.NoContract)]     // terminated early on asOf
    [InlineData(40, 12, -1, ServicePhase.NoContract)]    // terminated early yesterday
    public void Service_phase(int startedDaysAgo, int months, int? terminatesInDays, ServicePhase expected)
    {
        DateOnly? terminated = terminatesInDays is { } t ? AsOf.AddDays(t) : null;
        var d = ReferencePolicy.Decide(Case("Kursk", contract: Contract(months, startedDaysAgo, terminated)));
        var start = AsOf.AddDays(-startedDaysAgo);

        Assert.Equal(expected, d.Phase);
        Assert.Equal(start.AddDays(20), d.TrainingEndsOn);
    }
}
