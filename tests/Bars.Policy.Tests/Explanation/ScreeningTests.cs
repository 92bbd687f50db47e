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
        // Kursk monthly pay: silent for a member or one left open, NotEntitled for a non-member: health alone decides.
        var pay = s.Outcomes.Single(o => o.Outcome == "entitlements.MonthlyPay");
        Assert.Equal(["healthRestriction"], pay.DependsOn);
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
        // A health restriction settles all 8 open outcomes (Ineligible, I4); none settles 3 (pay, one-time payment,
        // keeping a position: silent for a member, NotEntitled otherwise, with or without a conviction left open).
        // No conviction settles injury compensation alone (NotEntitled without an injury, member or not); one settles none.
        Assert.Equal(
            [("healthRestriction", 3, 8, 3), ("criminalConviction", 0, 0, 1)],
            s.NextQuestions.Select(q => (q.Fact, q.Settles, q.SettlesIfTrue, q.SettlesIfFalse)));
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
        // The decision reads the flags as given (absent = false); the screening is what takes the list into account.
        Assert.Equal(TestEngine.Evaluate(plain), TestEngine.Evaluate(listed));
    }

    [Fact]
    public void A_list_of_the_wrong_type_is_an_error_with_its_path()
    {
        var read = PolicyJson.ReadCase("""{"caseId":"s-3","region":"Kursk","asOf":"2024-10-01","applicant":{"birthDate":"1990-03-01","sex":"Male"},"unknown":[1]}""");
        Assert.Null(read.Case);
        Assert.Equal("unknown[0]", Assert.Single(read.Errors).Path);
    }
}
