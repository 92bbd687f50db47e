using Bars.Policy.Tests.Support;
using static Bars.Policy.Tests.Support.Cases;

namespace Bars.Policy.Tests.Claims;

/// <summary>Who may join: C1 (age, I3), C2 and C3 (health), C12 (Kursk women), C13 (Belgorod women), C19 (convicts, military).</summary>
public sealed class EnlistmentClaimsTests
{
    private static EnlistmentDecision Enlist(PolicyCase c) => TestEngine.Evaluate(c).Enlistment!;

    // Without a contract enlistment is judged on asOf (I6): the age boundaries fall on asOf.
    private static PolicyCase BornOn(DateOnly birth, string region = Regions.Bryansk) =>
        WithoutContract(region, new Applicant(birth, Sex.Male));

    [Theory]
    [InlineData(Regions.Kursk)]
    [InlineData(Regions.Belgorod)]
    [InlineData(Regions.Bryansk)]
    public void C1_an_applicant_aged_18_to_65_without_restrictions_is_eligible_in_every_region(string region)
    {
        var e = Enlist(In(region));
        Assert.Equal(EnlistmentOutcome.Eligible, e.Outcome);
        Assert.Null(e.UndeterminedReason);
        var age = Assert.Single(e.Findings, f => f.RuleId == "Enlistment.AgeWithinRange");
        Assert.Equal(["C1"], age.Claims);
        Assert.Equal("BARS units accept individuals aged 18 to 65", age.Quote);
    }

    // I3: completed years on asOf, inclusive at both ends: each birthday and the day before it.
    // birth = asOf - years + daysAfter: daysAfter 1 means the birthday is tomorrow.
    [Theory]
    [InlineData(18, 1, EnlistmentOutcome.Ineligible)]   // 17: turns 18 tomorrow
    [InlineData(18, 0, EnlistmentOutcome.Eligible)]     // 18 today
    [InlineData(65, 0, EnlistmentOutcome.Eligible)]     // 65 today
    [InlineData(66, 1, EnlistmentOutcome.Eligible)]     // 65: turns 66 tomorrow
    [InlineData(66, 0, EnlistmentOutcome.Ineligible)]   // 66 today
    public void C1_I3_age_boundaries_on_birthdays_and_the_day_before(int years, int daysAfter, EnlistmentOutcome expected)
    {
        Assert.Equal(expected, Enlist(BornOn(AsOf.AddYears(-years).AddDays(daysAfter))).Outcome);
    }

    [Fact]
    public void C1_the_day_before_the_18th_birthday_is_17_and_ineligible()
    {
        var e = Enlist(BornOn(AsOf.AddYears(-18).AddDays(1)));
        Assert.Equal(EnlistmentOutcome.Ineligible, e.Outcome);
        var bar = Assert.Single(e.Findings, f => f.RuleId == "Enlistment.AgeBelowMinimum");
        Assert.Contains("Aged 17", bar.Text);
        Assert.Equal(["C1"], bar.Claims);
    }

    [Fact]
    public void C1_the_66th_birthday_is_ineligible_and_the_day_before_is_eligible()
    {
        var onBirthday = Enlist(BornOn(AsOf.AddYears(-66)));
        Assert.Equal(EnlistmentOutcome.Ineligible, onBirthday.Outcome);
        Assert.Contains(onBirthday.Findings, f => f.RuleId == "Enlistment.AgeAboveMaximum" && f.Text.Contains("Aged 66"));

        var dayBefore = Enlist(BornOn(AsOf.AddYears(-66).AddDays(1)));
        Assert.Equal(EnlistmentOutcome.Eligible, dayBefore.Outcome);
        Assert.Contains(dayBefore.Findings, f => f.RuleId == "Enlistment.AgeWithinRange" && f.Text.Contains("Aged 65"));
    }

    [Fact]
    public void I3_a_leap_day_birth_completes_the_year_on_28_February_in_a_common_year()
    {
        var leapBorn = new DateOnly(2004, 2, 29);
        var on28Feb = new PolicyCase("leap", Regions.Bryansk, new DateOnly(2022, 2, 28), new Applicant(leapBorn, Sex.Male));
        var on27Feb = on28Feb with { AsOf = new DateOnly(2022, 2, 27) };
        Assert.Equal(EnlistmentOutcome.Eligible, TestEngine.Evaluate(on28Feb).Enlistment!.Outcome);
        Assert.Equal(EnlistmentOutcome.Ineligible, TestEngine.Evaluate(on27Feb).Enlistment!.Outcome);
    }

    [Fact]
    public void C2_a_health_restriction_makes_the_applicant_ineligible()
    {
        var e = Enlist(In(Regions.Bryansk, Man() with { HealthRestriction = true }));
        Assert.Equal(EnlistmentOutcome.Ineligible, e.Outcome);
        var bar = Assert.Single(e.Findings, f => f.RuleId == "Enlistment.HealthRestriction");
        Assert.Equal(["C2"], bar.Claims);
        Assert.Contains("without health restrictions", bar.Quote);
        Assert.DoesNotContain(e.Findings, f => f.RuleId == "Enlistment.NoHealthRestriction");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void C3_a_missing_limb_or_prosthesis_is_a_health_restriction_for_officials_too(bool official)
    {
        var e = Enlist(In(Regions.Belgorod, Man() with { MissingLimbOrProsthesis = true, PublicOfficial = official }));
        Assert.Equal(EnlistmentOutcome.Ineligible, e.Outcome);
        var bar = Assert.Single(e.Findings, f => f.RuleId == "Enlistment.MissingLimbOrProsthesis");
        Assert.Equal(["C3", "C2"], bar.Claims);
        Assert.Contains("was refused", bar.Quote);
    }

    [Fact]
    public void C12_in_Kursk_a_woman_without_a_medical_qualification_is_ineligible()
    {
        var e = Enlist(In(Regions.Kursk, Woman()));
        Assert.Equal(EnlistmentOutcome.Ineligible, e.Outcome);
        var bar = Assert.Single(e.Findings, f => f.RuleId == "Enlistment.KurskWomanWithoutMedicalQualification");
        Assert.Equal(["C12"], bar.Claims);
        Assert.Contains("only enlist women with medical qualifications", bar.Quote);
    }

    [Fact]
    public void C12_in_Kursk_a_woman_with_a_medical_qualification_is_decided_by_the_general_rules()
    {
        Assert.Equal(EnlistmentOutcome.Eligible, Enlist(In(Regions.Kursk, Woman() with { MedicalQualification = true })).Outcome);
        Assert.Equal(EnlistmentOutcome.Ineligible, Enlist(In(Regions.Kursk, Woman(70) with { MedicalQualification = true })).Outcome);
        Assert.Equal(EnlistmentOutcome.Ineligible, Enlist(In(Regions.Kursk, Woman() with { MedicalQualification = true, HealthRestriction = true })).Outcome);
    }

    [Fact]
    public void C12_the_Kursk_rule_names_women_only_a_man_needs_no_medical_qualification()
    {
        var e = Enlist(In(Regions.Kursk, Man()));
        Assert.Equal(EnlistmentOutcome.Eligible, e.Outcome);
        Assert.DoesNotContain(e.Findings, f => f.Claims.Contains("C12"));
    }

    [Fact]
    public void C13_in_Belgorod_a_woman_is_undetermined_because_the_source_conflicts()
    {
        var e = Enlist(In(Regions.Belgorod, Woman() with { MedicalQualification = true }));
        Assert.Equal(EnlistmentOutcome.Undetermined, e.Outcome);
        Assert.Equal(UndeterminedReason.SourceConflict, e.UndeterminedReason);
        var open = Assert.Single(e.Findings, f => f.RuleId == "Enlistment.BelgorodWoman");
        Assert.Equal(["C13"], open.Claims);
        Assert.Contains("do not enlist women yet", open.Quote);
    }

    [Fact]
    public void C13_a_stated_bar_still_decides_a_Belgorod_woman_who_is_too_old()
    {
        var e = Enlist(In(Regions.Belgorod, Woman(70)));
        Assert.Equal(EnlistmentOutcome.Ineligible, e.Outcome);
        Assert.Null(e.UndeterminedReason);
    }

    [Fact]
    public void Silence_Bryansk_states_nothing_on_women_so_the_general_rules_decide()
    {
        var woman = TestEngine.Evaluate(In(Regions.Bryansk, Woman()));
        var man = TestEngine.Evaluate(In(Regions.Bryansk, Man()));
        Assert.Equal(EnlistmentOutcome.Eligible, woman.Enlistment!.Outcome);
        Assert.Equal(PolicyJson.Write(man), PolicyJson.Write(woman));
    }

    [Fact]
    public void C19_a_convict_is_undetermined_because_the_source_states_no_rule()
    {
        var e = Enlist(In(Regions.Kursk, Man() with { CriminalConviction = true }));
        Assert.Equal(EnlistmentOutcome.Undetermined, e.Outcome);
        Assert.Equal(UndeterminedReason.SourceSilent, e.UndeterminedReason);
        var open = Assert.Single(e.Findings, f => f.RuleId == "Enlistment.CriminalConviction");
        Assert.Equal(["C19"], open.Claims);
        Assert.Contains("convicts", open.Quote);
    }

    [Fact]
    public void C19_serving_military_personnel_are_undetermined_because_the_source_states_no_answer()
    {
        var e = Enlist(In(Regions.Bryansk, Man() with { ActiveMilitary = true }));
        Assert.Equal(EnlistmentOutcome.Undetermined, e.Outcome);
        Assert.Equal(UndeterminedReason.SourceSilent, e.UndeterminedReason);
        Assert.Contains(e.Findings, f => f.RuleId == "Enlistment.ActiveMilitary" && f.Quote.Contains("Active military personnel"));
    }

    [Fact]
    public void C19_a_former_war_participant_meets_no_stated_bar()
    {
        var e = Enlist(In(Regions.Belgorod, Man() with { FormerWarParticipant = true }));
        Assert.Equal(EnlistmentOutcome.Eligible, e.Outcome);
        Assert.Contains(e.Findings, f => f.RuleId == "Enlistment.FormerWarParticipant" && f.Claims.SequenceEqual(["C19"]));
    }

    [Fact]
    public void C19_a_bar_outweighs_an_open_question_a_convict_of_70_is_ineligible()
    {
        var e = Enlist(In(Regions.Bryansk, Man(70) with { CriminalConviction = true }));
        Assert.Equal(EnlistmentOutcome.Ineligible, e.Outcome);
        Assert.Contains(e.Findings, f => f.RuleId == "Enlistment.CriminalConviction");
    }

    [Fact]
    public void A_conflict_is_reported_before_a_silence_when_both_leave_the_outcome_open()
    {
        var e = Enlist(In(Regions.Belgorod, Woman() with { CriminalConviction = true }));
        Assert.Equal(EnlistmentOutcome.Undetermined, e.Outcome);
        Assert.Equal(UndeterminedReason.SourceConflict, e.UndeterminedReason);
    }
}
