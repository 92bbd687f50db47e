using Bars.Policy.Explanation;
using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Explanation;

/// <summary>Screening with unknown answers, pinned on a hand-checked case, and the <c>unknown</c> list's contract.</summary>
public sealed class ScreeningTests
{
    // A Kursk woman with a medical qualification (C12 met), 34: health and conviction not known yet.
    private static readonly PolicyCase Kursk = new("s-1", Regions.Kursk, new DateOnly(2024, 10, 1),
        new Applicant(new DateOnly(1990, 3, 1), Sex.Female, MedicalQualification: true))
    {
        Unknown = ["healthRestriction", "criminalConviction"],
    };

    [Fact]
    public void Each_outcome_is_certain_or_depends_on_the_unknowns_that_can_change_it()
    {
        var s = TestEngine.Instance.Screen(Kursk);

        Assert.Equal(["healthRestriction", "criminalConviction"], s.Unknown);
        Assert.Equal(5, s.Evaluations);
        // Enlistment: health → Ineligible (C2); else conviction → Undetermined (C19); else Eligible.
        var enlistment = s.Outcomes.Single(o => o.Outcome == "enlistment");
        Assert.False(enlistment.Certain);
        Assert.Equal(["Eligible", "Ineligible", "Undetermined (SourceSilent)"], enlistment.Possible.Select(p => p.ToString()).Order());
        Assert.Equal(["healthRestriction", "criminalConviction"], enlistment.DependsOn);
        // No contract: no member whatever the answers, so no entitlement (I7), but the phase is NotMember for an
        // Ineligible applicant and NoContract otherwise: health alone decides it.
        Assert.All(s.Outcomes.Where(o => o.Outcome.StartsWith("entitlements.", StringComparison.Ordinal)), o => Assert.True(o.Certain, o.Outcome));
        Assert.Equal(["healthRestriction"], s.Outcomes.Single(o => o.Outcome == "service").DependsOn);
        // No contract, so nothing to repay whatever the answers (C11).
        var repay = s.Outcomes.Single(o => o.Outcome == "obligations.RepayOneTimePayment");
        Assert.True(repay.Certain);
        Assert.Equal("NotOwed", repay.Possible.Single().Status);
        Assert.Contains(repay.Possible.Single().Findings, f => f.Claims.Contains("C11"));
    }

    [Fact]
    public void Next_questions_are_ranked_by_the_outcomes_their_answer_settles()
    {
        var s = TestEngine.Instance.Screen(Kursk);
        // Two open outcomes, enlistment and the phase. A health restriction settles both (Ineligible, NotMember); none
        // settles the phase (NoContract, whether Eligible or left open by a conviction). A conviction settles neither,
        // yet enlistment turns on it (Undetermined, C19): it is asked, after health.
        Assert.Equal(
            [("healthRestriction", 1, 2, 1, new[] { "enlistment", "service" }), ("criminalConviction", 0, 0, 0, ["enlistment"])],
            s.NextQuestions.Select(q => (q.Fact, q.Settles, q.SettlesIfTrue, q.SettlesIfFalse, q.Outcomes.ToArray())));
    }

    [Fact]
    public void I11_a_fact_nothing_turns_on_is_not_asked_and_the_ranking_follows_what_an_answer_settles()
    {
        // A Bryansk man with a contract in training: a medical qualification matters to no rule for him (C12 is
        // Kursk's and women's); a conviction leaves enlistment and everything after it open (C19).
        var c = new PolicyCase("s-4", Regions.Bryansk, new DateOnly(2024, 10, 1), new Applicant(new DateOnly(1990, 3, 1), Sex.Male),
            new Contract(12, new DateOnly(2024, 9, 20))) { Unknown = ["medicalQualification", "criminalConviction"] };
        var s = TestEngine.Instance.Screen(c);

        var asked = Assert.Single(s.NextQuestions);
        Assert.Equal("criminalConviction", asked.Fact);
        Assert.Contains("enlistment", asked.Outcomes);
        Assert.DoesNotContain(s.Outcomes, o => o.DependsOn.Contains("medicalQualification"));
        // Yes leaves every open outcome Undetermined (source silent), no makes each Eligible's: either settles all.
        var open = s.Outcomes.Count(o => !o.Certain);
        Assert.Equal((open, open), (asked.SettlesIfTrue, asked.SettlesIfFalse));
    }

    [Fact]
    public void I11_an_outcome_whose_period_turns_on_an_unknown_is_open_in_screening_as_in_Evaluate()
    {
        // A contract that begins next month: Eligible, monthly pay is NotEntitled until its start (from 2024-11-01 to
        // 2025-10-31); Ineligible (a health restriction), NotEntitled for good. The same status, not the same outcome.
        var c = new PolicyCase("s-5", Regions.Bryansk, new DateOnly(2024, 10, 1), new Applicant(new DateOnly(1990, 3, 1), Sex.Male),
            new Contract(12, new DateOnly(2024, 11, 1))) { Unknown = ["healthRestriction"] };
        var pay = TestEngine.Instance.Screen(c).Outcomes.Single(o => o.Outcome == "entitlements.MonthlyPay");

        Assert.False(pay.Certain);
        Assert.Equal(
            [("NotEntitled", (DateOnly?)new DateOnly(2024, 11, 1), (DateOnly?)new DateOnly(2025, 10, 31)), ("NotEntitled", null, null)],
            pay.Possible.Select(p => (p.Status, p.From, p.To)));
        var decided = TestEngine.Evaluate(c).Entitlements.Single(e => e.Kind == EntitlementKind.MonthlyPay);
        Assert.Equal((EntitlementStatus.Undetermined, UndeterminedReason.MissingInput), (decided.Status, decided.UndeterminedReason));
    }

    [Fact]
    public void Findings_of_a_certain_outcome_are_those_every_answer_shares()
    {
        var s = TestEngine.Instance.Screen(Kursk with { Unknown = ["publicOfficial"] });
        var enlistment = s.Outcomes.Single(o => o.Outcome == "enlistment");
        Assert.True(enlistment.Certain);
        Assert.Equal(TestEngine.Evaluate(Kursk with { Unknown = null }).Enlistment!.Findings, enlistment.Possible.Single().Findings);
        // Keeping a public position in Kursk is silent whether or not she is an official.
        Assert.True(s.Outcomes.Single(o => o.Outcome == "entitlements.RetainPublicPosition").Certain);
        Assert.DoesNotContain(s.NextQuestions, q => q.Settles > 0);
    }

    [Fact]
    public void Without_unknowns_every_outcome_is_certain_and_is_the_decision()
    {
        var c = Kursk with { Unknown = null };
        var s = TestEngine.Instance.Screen(c);
        Assert.All(s.Outcomes, o => Assert.True(o.Certain));
        Assert.Empty(s.NextQuestions);
        var decision = TestEngine.Evaluate(c);
        Assert.Equal(decision.Enlistment!.Outcome.ToString(), s.Outcomes[0].Possible[0].Status);
        Assert.Equal(decision.Enlistment.Findings, s.Outcomes[0].Possible[0].Findings);
    }

    [Fact]
    public void A_bad_unknown_list_is_answered_with_errors_naming_each_entry()
    {
        var c = Kursk with
        {
            Applicant = Kursk.Applicant! with { HealthRestriction = true },
            Unknown = ["nickname", "healthRestriction", null!, "criminalConviction", "criminalConviction"],
        };
        var errors = TestEngine.Evaluate(c).Errors;
        Assert.Equal(
            [
                ("unknown[0]", "'nickname' is not an applicant fact that can be unknown: expected one of healthRestriction, missingLimbOrProsthesis, medicalQualification, publicOfficial, criminalConviction, activeMilitary, formerWarParticipant."),
                ("unknown[1]", "'healthRestriction' is listed as unknown, but applicant.healthRestriction is true."),
                ("unknown[2]", "must be the name of an applicant fact, not null."),
                ("unknown[4]", "'criminalConviction' is listed twice."),
            ],
            errors.Select(e => (e.Path, e.Message)));
        Assert.Equal(errors, TestEngine.Instance.Screen(c).Errors);
    }

    [Fact]
    public void A_case_without_the_list_reads_and_writes_as_before_and_one_with_it_round_trips()
    {
        const string Json = """{"caseId":"s-2","region":"Kursk","asOf":"2024-10-01","applicant":{"birthDate":"1990-03-01","sex":"Male"}}""";
        var plain = PolicyJson.ReadCase(Json).Case!;
        Assert.Null(plain.Unknown);
        Assert.DoesNotContain("unknown", PolicyJson.Write(plain), StringComparison.Ordinal);

        var listed = PolicyJson.ReadCase(Json[..^1] + ""","unknown":["activeMilitary"]}""").Case!;
        Assert.Equal(["activeMilitary"], listed.Unknown!);
        Assert.Equal(listed, PolicyJson.ReadCase(PolicyJson.Write(listed)).Case);
        Assert.NotEqual(plain, listed);
        // Unknown is not no (I11): serving military would leave enlistment open (C19), so it is Undetermined
        // (MissingInput); what it cannot change is decided as for the case without the list.
        var (read, known) = (TestEngine.Evaluate(listed), TestEngine.Evaluate(plain));
        Assert.Equal((EnlistmentOutcome.Undetermined, UndeterminedReason.MissingInput), (read.Enlistment!.Outcome, read.Enlistment.UndeterminedReason));
        Assert.Equal(known.Entitlements, read.Entitlements);
    }

    [Fact]
    public void A_list_of_the_wrong_type_is_an_error_with_its_path()
    {
        var read = PolicyJson.ReadCase("""{"caseId":"s-3","region":"Kursk","asOf":"2024-10-01","applicant":{"birthDate":"1990-03-01","sex":"Male"},"unknown":[1]}""");
        Assert.Null(read.Case);
        Assert.Equal("unknown[0]", Assert.Single(read.Errors).Path);
    }
}
