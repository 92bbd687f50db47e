using Bars.Policy.Explanation;
using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Explanation;

/// <summary>Timelines pinned on hand-checked cases: the dates are the contract's start, the end of training and of the term, a
/// termination, an injury, birthdays where age is judged, and host dates; each side read by I6–I13.</summary>
public sealed class TimelineTests
{
    private static (DateOnly Date, string Outcome, string? Before, string? After)[] Changes(CaseTimeline t) =>
        t.Entries.SelectMany(e => e.Changes.Select(c => (e.Date, c.Outcome, c.Before?.ToString(), c.After?.ToString()))).ToArray();

    [Fact]
    public void A_member_whose_training_ends_next_week_is_assigned_on_day_22_and_his_pay_ends_with_the_term()
    {
        // Bryansk, 12 months from 2024-09-15: training days 1–21 end on 2024-10-05 (C4), assigned from 2024-10-06; the
        // term's last day is 2025-09-14, so from 2025-09-15 he is a former member: no pay, phase Ended (I7, I8, I10).
        // Seen on 2024-09-29, a week before training ends.
        var c = new PolicyCase("t-1", Regions.Bryansk, new DateOnly(2024, 9, 29), new Applicant(new DateOnly(1980, 3, 1), Sex.Male),
            new Contract(12, new DateOnly(2024, 9, 15)));
        var t = TestEngine.Instance.Timeline(c, new DateOnly(2024, 9, 29), new DateOnly(2025, 12, 31));

        Assert.Equal("Training", t.Start.Single(s => s.Outcome == "service").Status);
        Assert.Equal(
            [
                (new DateOnly(2024, 10, 6), "service", "Training", "Assigned"),
                (new DateOnly(2025, 9, 15), "entitlements.MonthlyPay", "Entitled 40,000/Month", "NotEntitled"),
                (new DateOnly(2025, 9, 15), "service", "Assigned", "Ended"),
            ],
            Changes(t));
        var assigned = t.Entries[0].Changes.Single().After!;
        Assert.Contains(assigned.Findings, f => f.RuleId == "Service.AssignedToTasks" && f.Claims.Contains("C4"));
        // Found from the boundaries, not day by day: far fewer evaluations than the window's 459 days.
        Assert.InRange(t.Evaluations, 2, 40);
        Assert.Equal((false, t.To), (t.Exhausted, t.CoveredTo));
    }

    [Fact]
    public void The_before_side_of_a_change_is_the_case_on_the_day_before_it_in_its_own_words()
    {
        // The state before 2025-09-15 is that of 2025-09-14, day 365 of the contract; not the text of an earlier date
        // the search happened to evaluate (day 22, when the member was assigned).
        var c = new PolicyCase("t-1b", Regions.Bryansk, new DateOnly(2024, 9, 29), new Applicant(new DateOnly(1980, 3, 1), Sex.Male),
            new Contract(12, new DateOnly(2024, 9, 15)));
        var t = TestEngine.Instance.Timeline(c, new DateOnly(2024, 9, 29), new DateOnly(2025, 12, 31));

        var trainingEnds = t.Entries.Single(e => e.Date == new DateOnly(2024, 10, 6)).Changes.Single().Before!;
        Assert.StartsWith("Day 21 of the contract", trainingEnds.Findings.Single(f => f.RuleId == "Service.InTraining").Text, StringComparison.Ordinal);
        var termEnds = t.Entries.Single(e => e.Date == new DateOnly(2025, 9, 15)).Changes.Single(x => x.Outcome == "service").Before!;
        Assert.StartsWith("Day 365 of the contract", termEnds.Findings.Single(f => f.RuleId == "Service.AssignedToTasks").Text, StringComparison.Ordinal);
        Assert.Equal("Day 22 of the contract", t.Entries[0].Changes.Single().After!.Findings.Single(f => f.RuleId == "Service.AssignedToTasks").Text[..22]);
    }

    [Fact]
    public void I6_a_17_year_old_without_a_contract_becomes_Eligible_on_the_18th_birthday_and_is_still_no_member()
    {
        // Pre-I6 this test expected every entitlement to turn Entitled with the birthday; without a contract nobody is
        // a member (I7), so only the enlistment (judged on asOf without a contract, I6) and the phase change.
        var c = new PolicyCase("t-2", Regions.Kursk, new DateOnly(2024, 10, 1), new Applicant(new DateOnly(2007, 5, 1), Sex.Male));
        var t = TestEngine.Instance.Timeline(c, new DateOnly(2024, 1, 1), new DateOnly(2026, 12, 31));

        var entry = Assert.Single(t.Entries);
        Assert.Equal(new DateOnly(2025, 5, 1), entry.Date);
        Assert.Equal(
            [("enlistment", "Ineligible", "Eligible"), ("service", "NotMember", "NoContract")],
            entry.Changes.Select(x => (x.Outcome, x.Before!.Status, x.After!.Status)));
        Assert.Contains("Aged 17 on 2025-04-30", entry.Changes[0].Before!.Findings[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void I6_a_contract_started_at_17_never_makes_him_eligible_whatever_his_age_later()
    {
        var c = new PolicyCase("t-2b", Regions.Kursk, new DateOnly(2024, 10, 1), new Applicant(new DateOnly(2007, 5, 1), Sex.Male),
            new Contract(12, new DateOnly(2024, 10, 1)));
        var t = TestEngine.Instance.Timeline(c, new DateOnly(2024, 1, 1), new DateOnly(2026, 12, 31));

        Assert.Equal("Ineligible", t.Start.Single(s => s.Outcome == "enlistment").Status);
        Assert.Empty(t.Entries);
    }

    [Fact]
    public void The_66th_birthday_ends_eligibility_without_a_contract()
    {
        var c = new PolicyCase("t-3", Regions.Belgorod, new DateOnly(2024, 10, 1), new Applicant(new DateOnly(1959, 3, 1), Sex.Male));
        var t = TestEngine.Instance.Timeline(c, new DateOnly(2024, 1, 1), new DateOnly(2026, 12, 31));
        var entry = Assert.Single(t.Entries);
        Assert.Equal((new DateOnly(2025, 3, 1), "Eligible", "Ineligible"), (entry.Date, entry.Changes[0].Before!.Status, entry.Changes[0].After!.Status));
        Assert.Contains(entry.Changes[0].After!.Findings, f => f.RuleId == "Enlistment.AgeAboveMaximum");
    }

    [Fact]
    public void I6_a_member_who_turns_66_mid_contract_stays_a_member_and_the_timeline_has_nothing_on_the_birthday()
    {
        var c = new PolicyCase("t-3b", Regions.Belgorod, new DateOnly(2024, 10, 1), new Applicant(new DateOnly(1959, 3, 1), Sex.Male),
            new Contract(12, new DateOnly(2024, 9, 1)));
        var t = TestEngine.Instance.Timeline(c, new DateOnly(2024, 1, 1), new DateOnly(2026, 12, 31));

        Assert.Equal(
            [new DateOnly(2024, 9, 1), new DateOnly(2024, 9, 22), new DateOnly(2025, 9, 1)],
            t.Entries.Select(e => e.Date));
        Assert.DoesNotContain(t.Entries.SelectMany(e => e.Changes), x => x.Outcome == "enlistment");
        Assert.Equal(("NotStarted", "Training"), (t.Entries[0].Changes.Single(x => x.Outcome == "service").Before!.Status, t.Entries[0].Changes.Single(x => x.Outcome == "service").After!.Status));
    }

    [Fact]
    public void An_early_termination_shows_on_its_day_and_the_case_is_taken_as_it_stood_before_it()
    {
        // Bryansk, 12 months from 2024-01-10, ended early on 2024-06-01 by the volunteer: a member from the start (pay,
        // and the statuses the source is silent on become Undetermined), owed back from the termination (C11), no pay
        // and phase TerminatedEarly from that day (I7, I8, I10). Pre-I10 this expected NoContract around the term.
        var c = new PolicyCase("t-4", Regions.Bryansk, new DateOnly(2024, 10, 1), new Applicant(new DateOnly(1980, 3, 1), Sex.Male),
            new Contract(12, new DateOnly(2024, 1, 10), new DateOnly(2024, 6, 1)));
        var t = TestEngine.Instance.Timeline(c, new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31));

        Assert.Equal(
            [
                (new DateOnly(2024, 1, 10), "entitlements.MonthlyPay", "NotEntitled", "Entitled 40,000/Month"),
                (new DateOnly(2024, 1, 10), "entitlements.CombatVeteranStatus", "NotEntitled", "Undetermined (SourceSilent)"),
                (new DateOnly(2024, 1, 10), "entitlements.FamilyPrivileges", "NotEntitled", "Undetermined (SourceSilent)"),
                (new DateOnly(2024, 1, 10), "service", "NotStarted", "Training"),
                (new DateOnly(2024, 1, 31), "service", "Training", "Assigned"),
                (new DateOnly(2024, 6, 1), "entitlements.MonthlyPay", "Entitled 40,000/Month", "NotEntitled"),
                (new DateOnly(2024, 6, 1), "obligations.RepayOneTimePayment", "NotOwed", "Owed 300,000"),
                (new DateOnly(2024, 6, 1), "service", "Assigned", "TerminatedEarly"),
            ],
            Changes(t));
        // The one-time payment is for signing: Entitled before, during and after the term (I8).
        Assert.Equal("Entitled 300,000", t.Start.Single(s => s.Outcome == "entitlements.OneTimePayment").ToString());
        // On 2024-05-31 the termination had not happened: the day before speaks of no termination.
        var repay = t.Entries.Last().Changes.Single(x => x.Outcome == "obligations.RepayOneTimePayment").Before!;
        Assert.Contains(repay.Findings, f => f.RuleId == "Termination.NoEarlyTermination");
    }

    [Fact]
    public void An_injury_on_duty_shows_on_its_day_and_the_compensation_outlives_the_term()
    {
        // Kursk, 12 months from 2024-09-01, injured on duty on 2024-11-05: 3,000,000 from that day, for good (C5, I8).
        var c = new PolicyCase("t-9", Regions.Kursk, new DateOnly(2024, 12, 1), new Applicant(new DateOnly(1980, 3, 1), Sex.Male),
            new Contract(12, new DateOnly(2024, 9, 1)), [new Injury(new DateOnly(2024, 11, 5), true)]);
        var t = TestEngine.Instance.Timeline(c, new DateOnly(2024, 8, 1), new DateOnly(2026, 12, 31));

        var injury = t.Entries.Single(e => e.Date == new DateOnly(2024, 11, 5)).Changes.Single();
        Assert.Equal(("entitlements.InjuryCompensation", "NotEntitled", "Entitled 3,000,000"), (injury.Outcome, injury.Before!.ToString(), injury.After!.ToString()));
        Assert.DoesNotContain(t.Entries.Where(e => e.Date > new DateOnly(2024, 11, 5)).SelectMany(e => e.Changes), x => x.Outcome == "entitlements.InjuryCompensation");
        var termEnds = t.Entries.Single(e => e.Date == new DateOnly(2025, 9, 1));
        Assert.Equal(["entitlements.MonthlyPay", "service"], termEnds.Changes.Select(x => x.Outcome));
        Assert.Equal(
            ["Entitled", "Entitled"],
            t.Entries.Single(e => e.Date == new DateOnly(2024, 9, 1)).Changes.Where(x => x.Outcome is "entitlements.CombatVeteranStatus" or "entitlements.FamilyPrivileges").Select(x => x.After!.Status));
    }

    [Fact]
    public void A_host_value_starting_next_year_changes_a_Kursk_members_monthly_pay_on_its_date_until_the_term_ends()
    {
        // Pre-I7 this case had no contract and was paid; without a contract nobody is paid, so the member has one.
        var c = new PolicyCase("t-5", Regions.Kursk, new DateOnly(2024, 10, 1), new Applicant(new DateOnly(1980, 3, 1), Sex.Male),
            new Contract(12, new DateOnly(2024, 9, 1)));
        var t = ExplanationEngines.Host.Timeline(c, new DateOnly(2024, 10, 1), new DateOnly(2025, 12, 31));

        Assert.Equal(
            [
                (ExplanationEngines.KurskPayFrom, "entitlements.MonthlyPay", "Undetermined (SourceSilent)", "Entitled 50,000/Month"),
                (new DateOnly(2025, 9, 1), "entitlements.MonthlyPay", "Entitled 50,000/Month", "NotEntitled"),
                (new DateOnly(2025, 9, 1), "service", "Assigned", "Ended"),
            ],
            Changes(t));
        Assert.Equal(["Kursk order 17/2025"], t.Entries[0].Changes[0].After!.Findings.Single().Claims);
        Assert.DoesNotContain(TestEngine.Instance.Timeline(c, new DateOnly(2024, 10, 1), new DateOnly(2025, 12, 31)).Entries, e => e.Date == ExplanationEngines.KurskPayFrom);
    }

    [Fact]
    public void The_candidate_dates_are_the_contracts_own_days_and_birthdays_only_where_age_is_judged_on_asOf()
    {
        var candidates = TestEngine.Instance.CandidatesOf(Regions.Belgorod)!;
        var applicant = new Applicant(new DateOnly(1959, 3, 1), Sex.Male);     // 66 on 2025-03-01
        var window = (After: new DateOnly(2024, 1, 1), UpTo: new DateOnly(2026, 12, 31));

        // A member from 2024-09-01, terminated on 2025-05-10, injured off duty on 2025-04-02.
        var member = new PolicyCase("d-1", Regions.Belgorod, new DateOnly(2025, 6, 1), applicant,
            new Contract(12, new DateOnly(2024, 9, 1), new DateOnly(2025, 5, 10)), [new Injury(new DateOnly(2025, 4, 2), false)]);
        Assert.Equal(
            [new DateOnly(2024, 9, 1), new DateOnly(2024, 9, 22), new DateOnly(2025, 4, 2), new DateOnly(2025, 5, 10), new DateOnly(2025, 9, 1)],
            candidates.BoundaryDates(member, window.After, window.UpTo));    // start, day 22, injury, termination, after the term

        // Without a contract, or before one that starts later, the birthdays at the ages the rules turn on count (I6).
        var applying = new PolicyCase("d-2", Regions.Belgorod, new DateOnly(2024, 10, 1), applicant);
        Assert.Equal([new DateOnly(2025, 3, 1)], candidates.BoundaryDates(applying, window.After, window.UpTo));
        var later = applying with { Contract = new Contract(6, new DateOnly(2025, 6, 1)) };
        Assert.Equal(
            [new DateOnly(2025, 3, 1), new DateOnly(2025, 6, 1), new DateOnly(2025, 6, 22), new DateOnly(2025, 12, 1)],
            candidates.BoundaryDates(later, window.After, window.UpTo));
    }

    [Fact]
    public void A_timeline_stops_at_its_evaluation_budget_and_says_how_far_it_is_complete()
    {
        // A year of daily injuries off duty (valid any day up to asOf, I12): each day is a candidate date.
        var injuries = Enumerable.Range(0, 300).Select(i => new Injury(new DateOnly(2024, 1, 2).AddDays(i), false)).ToArray();
        var c = new PolicyCase("t-10", Regions.Bryansk, new DateOnly(2024, 12, 31), new Applicant(new DateOnly(1980, 3, 1), Sex.Male),
            new Contract(12, new DateOnly(2024, 1, 10)), injuries);
        var from = new DateOnly(2024, 1, 1);
        var to = new DateOnly(2024, 12, 31);

        var full = TestEngine.Instance.Timeline(c, from, to);
        Assert.Equal((false, to), (full.Exhausted, full.CoveredTo));

        var cut = TestEngine.Instance.Timeline(c, from, to, maxEvaluations: 30);
        Assert.True(cut.Exhausted);
        Assert.Equal(30, cut.Evaluations);
        Assert.InRange(cut.CoveredTo, from, to.AddDays(-1));
        // What it found is the full timeline up to where it stopped.
        Assert.Equal(full.Start, cut.Start);
        Assert.Equal(full.Entries.Where(e => e.Date <= cut.CoveredTo), cut.Entries);
        Assert.Contains("\"exhausted\":true", PolicyJson.Write(cut), StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => TestEngine.Instance.Timeline(c, from, to, maxEvaluations: 1));
    }

    [Fact]
    public void A_host_rule_with_its_own_threshold_changes_on_the_25th_birthday()
    {
        var c = new PolicyCase("t-6", ExplanationEngines.Agedland, new DateOnly(2024, 10, 1), new Applicant(new DateOnly(2005, 6, 15), Sex.Male));
        var t = ExplanationEngines.Host.Timeline(c, new DateOnly(2024, 1, 1), new DateOnly(2031, 12, 31));
        var entry = Assert.Single(t.Entries);
        Assert.Equal((new DateOnly(2030, 6, 15), "Ineligible", "Eligible"), (entry.Date, entry.Changes[0].Before!.Status, entry.Changes[0].After!.Status));
    }

    [Fact]
    public void Before_the_birth_the_case_is_invalid_and_the_timeline_says_so()
    {
        var c = new PolicyCase("t-7", Regions.Bryansk, new DateOnly(2024, 10, 1), new Applicant(new DateOnly(2024, 3, 1), Sex.Male));
        var t = TestEngine.Instance.Timeline(c, new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31));
        Assert.Equal(("case", "Invalid"), (t.Start.Single().Outcome, t.Start.Single().Status));
        var born = Assert.Single(t.Entries);
        Assert.Equal(new DateOnly(2024, 3, 1), born.Date);
        Assert.Equal(("case", (string?)"Invalid", (string?)null), (born.Changes[0].Outcome, born.Changes[0].Before?.Status, born.Changes[0].After?.Status));
    }

    [Fact]
    public void An_invalid_case_gets_its_errors_and_a_reversed_window_is_refused()
    {
        var invalid = new PolicyCase("t-8", "Atlantis", new DateOnly(2024, 10, 1), new Applicant(new DateOnly(1980, 3, 1), Sex.Male));
        var t = TestEngine.Instance.Timeline(invalid, new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31));
        Assert.Equal(["region"], t.Errors.Select(e => e.Path));
        Assert.Equal((0, 0), (t.Start.Count, t.Entries.Count));

        var valid = invalid with { Region = Regions.Kursk };
        Assert.Throws<ArgumentException>(() => TestEngine.Instance.Timeline(valid, new DateOnly(2024, 12, 31), new DateOnly(2024, 1, 1)));
    }
}
