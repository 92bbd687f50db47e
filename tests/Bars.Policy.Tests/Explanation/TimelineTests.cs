using Bars.Policy.Explanation;
using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Explanation;

/// <summary>Timelines pinned on hand-checked cases: the dates are the birthdays, days of the contract and host dates the claims name.</summary>
public sealed class TimelineTests
{
    private static (DateOnly Date, string Outcome, string? Before, string? After)[] Changes(CaseTimeline t) =>
        t.Entries.SelectMany(e => e.Changes.Select(c => (e.Date, c.Outcome, c.Before?.ToString(), c.After?.ToString()))).ToArray();

    [Fact]
    public void A_member_whose_training_ends_next_week_is_assigned_on_day_22()
    {
        // Bryansk, 12 months from 2024-09-15: training days 1–21 end on 2024-10-05 (C4), assigned from 2024-10-06,
        // no contract from 2025-09-15. Seen on 2024-09-29, a week before training ends.
        var c = new PolicyCase("t-1", Regions.Bryansk, new DateOnly(2024, 9, 29), new Applicant(new DateOnly(1980, 3, 1), Sex.Male),
            new Contract(12, new DateOnly(2024, 9, 15)));
        var t = TestEngine.Instance.Timeline(c, new DateOnly(2024, 9, 29), new DateOnly(2025, 12, 31));

        Assert.Equal("Training", t.Start.Single(s => s.Outcome == "service").Status);
        Assert.Equal(
            [(new DateOnly(2024, 10, 6), "service", "Training", "Assigned"), (new DateOnly(2025, 9, 15), "service", "Assigned", "NoContract")],
            Changes(t));
        var assigned = t.Entries[0].Changes.Single().After!;
        Assert.Contains(assigned.Findings, f => f.RuleId == "Service.AssignedToTasks" && f.Claims.Contains("C4"));
        // Found from the boundaries, not day by day: far fewer evaluations than the window's 459 days.
        Assert.InRange(t.Evaluations, 2, 40);
    }

    [Fact]
    public void A_17_year_old_becomes_Eligible_on_the_18th_birthday_and_every_outcome_changes_with_it()
    {
        var c = new PolicyCase("t-2", Regions.Kursk, new DateOnly(2024, 10, 1), new Applicant(new DateOnly(2007, 5, 1), Sex.Male));
        var t = TestEngine.Instance.Timeline(c, new DateOnly(2024, 1, 1), new DateOnly(2026, 12, 31));

        var entry = Assert.Single(t.Entries);
        Assert.Equal(new DateOnly(2025, 5, 1), entry.Date);
        Assert.Equal(("Ineligible", "Eligible"), (entry.Changes[0].Before!.Status, entry.Changes[0].After!.Status));
        Assert.Equal(
            ["enlistment", "entitlements.MonthlyPay", "entitlements.OneTimePayment", "entitlements.CombatVeteranStatus", "entitlements.FamilyPrivileges", "entitlements.RetainPublicPosition", "service"],
            entry.Changes.Select(x => x.Outcome));
    }

    [Fact]
    public void The_66th_birthday_ends_eligibility()
    {
        var c = new PolicyCase("t-3", Regions.Belgorod, new DateOnly(2024, 10, 1), new Applicant(new DateOnly(1959, 3, 1), Sex.Male));
        var t = TestEngine.Instance.Timeline(c, new DateOnly(2024, 1, 1), new DateOnly(2026, 12, 31));
        var entry = Assert.Single(t.Entries);
        Assert.Equal((new DateOnly(2025, 3, 1), "Eligible", "Ineligible"), (entry.Date, entry.Changes[0].Before!.Status, entry.Changes[0].After!.Status));
        Assert.Contains(entry.Changes[0].After!.Findings, f => f.RuleId == "Enlistment.AgeAboveMaximum");
    }

    [Fact]
    public void An_early_termination_shows_on_its_day_and_the_case_is_taken_as_it_stood_before_it()
    {
        // Bryansk, 12 months from 2024-01-10, ended early on 2024-06-01: owed back from that day (C11).
        var c = new PolicyCase("t-4", Regions.Bryansk, new DateOnly(2024, 10, 1), new Applicant(new DateOnly(1980, 3, 1), Sex.Male),
            new Contract(12, new DateOnly(2024, 1, 10), new DateOnly(2024, 6, 1)));
        var t = TestEngine.Instance.Timeline(c, new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31));

        Assert.Equal(
            [
                (new DateOnly(2024, 1, 10), "service", "NoContract", "Training"),
                (new DateOnly(2024, 1, 31), "service", "Training", "Assigned"),
                (new DateOnly(2024, 6, 1), "obligations.RepayOneTimePayment", "NotOwed", "Owed 300,000"),
                (new DateOnly(2024, 6, 1), "service", "Assigned", "NoContract"),
            ],
            Changes(t));
    }

    [Fact]
    public void A_host_value_starting_next_year_changes_Kursk_monthly_pay_on_its_date()
    {
        var c = new PolicyCase("t-5", Regions.Kursk, new DateOnly(2024, 10, 1), new Applicant(new DateOnly(1980, 3, 1), Sex.Male));
        var t = ExplanationEngines.Host.Timeline(c, new DateOnly(2024, 10, 1), new DateOnly(2025, 12, 31));

        var entry = Assert.Single(t.Entries);
        Assert.Equal((ExplanationEngines.KurskPayFrom, "entitlements.MonthlyPay"), (entry.Date, entry.Changes.Single().Outcome));
        Assert.Equal(("Undetermined (SourceSilent)", "Entitled 50,000/Month"), (entry.Changes[0].Before!.ToString(), entry.Changes[0].After!.ToString()));
        Assert.Equal(["Kursk order 17/2025"], entry.Changes[0].After!.Findings.Single().Claims);
        Assert.Empty(TestEngine.Instance.Timeline(c, new DateOnly(2024, 10, 1), new DateOnly(2025, 12, 31)).Entries);
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
