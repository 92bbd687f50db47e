using Bars.Policy.Explanation;
using Bars.Policy.Explorer.Tests.Support;
using OpenQA.Selenium;

namespace Bars.Policy.Explorer.Tests;

/// <summary>
/// The sections after the decision in Chromium: why not, what next (facts marked "don't know"), when (the timeline),
/// and the policy's fingerprint. What each should say is asked of the host's own engine; only the 18th birthday's
/// date is written here, checked by hand.
/// </summary>
[Collection(ExplorerCollection.Name)]
public sealed class ExplanationsBrowserTests(ExplorerSession session)
{
    private static readonly DateOnly AsOf = new(2024, 10, 1);

    [Fact]
    public void A_health_restriction_marked_dont_know_by_the_keyboard_is_among_the_next_questions()
    {
        var page = new CaseFormPage(session).Open();
        page.Fill("caseId", "unknown-health").Region(Regions.Kursk).Fill("asOf", "2024-10-01")
            .Fill("applicant-birthDate", "1985-03-01").Sex(Sex.Male)
            .Fill("contract-months", "12").Fill("contract-startDate", "2024-09-01");

        // "No" is the answer given; the arrow key moves the group's choice on to "Don't know", as for any radio group.
        var no = session.Driver.FindElement(By.Id("applicant-healthRestriction-no"));
        Assert.True(no.Selected);
        no.SendKeys(Keys.ArrowRight);
        Assert.True(session.Driver.FindElement(By.Id("applicant-healthRestriction-unknown")).Selected);
        Assert.Equal("Don't know", session.Driver.FindElement(By.Id("applicant-healthRestriction-unknown")).FindElement(By.XPath("..")).Text.Trim());
        page.Decide();
        session.Screenshot("what-next-health-unknown");
        SectionShot("what-next", "section-what-next");

        var expected = session.Engine.Screen(new PolicyCase("unknown-health", Regions.Kursk, AsOf, new Applicant(new DateOnly(1985, 3, 1), Sex.Male),
            new Contract(12, new DateOnly(2024, 9, 1))) { Unknown = ["healthRestriction"] });
        Assert.Contains(expected.NextQuestions, q => q.Fact == "healthRestriction");
        var questions = session.Driver.FindElements(By.CssSelector("#next-questions .next-question"));
        Assert.Equal(expected.NextQuestions.Select(q => q.Fact), questions.Select(q => q.GetAttribute("data-fact")));
        var health = questions.Single(q => q.GetAttribute("data-fact") == "healthRestriction");
        var ask = expected.NextQuestions.Single(q => q.Fact == "healthRestriction");
        Assert.Equal(
            $"Has a health restriction? Whichever the answer, it settles {ask.Settles} open {(ask.Settles == 1 ? "answer" : "answers")} (if yes: {ask.SettlesIfTrue}, if no: {ask.SettlesIfFalse}).",
            health.Text);

        var shown = session.Driver.FindElements(By.CssSelector("#screened .screened-outcome"));
        Assert.Equal(expected.Outcomes.Select(o => (o.Outcome, o.Certain ? "true" : "false")), shown.Select(o => (o.GetAttribute("data-outcome")!, o.GetAttribute("data-certain")!)));
        Assert.Contains(expected.Outcomes, o => !o.Certain && o.DependsOn.Contains("healthRestriction"));
        var enlistment = shown.Single(o => o.GetAttribute("data-outcome") == "enlistment");
        Assert.Contains("depends on has a health restriction", enlistment.Text, StringComparison.Ordinal);

        // Unknown is not no (I11): the decision above says enlistment is Undetermined for want of that answer, naming it.
        Assert.Equal("Undetermined", page.Status("Enlistment"));
        Assert.Equal("MissingInput", page.Outcome("Enlistment").FindElement(By.CssSelector(".reason")).GetAttribute("data-reason"));
        Assert.Contains("healthRestriction", page.Outcome("Enlistment").FindElement(By.CssSelector(".finding-text")).Text, StringComparison.Ordinal);
        Assert.StartsWith("Not known yet: Has a health restriction. Unknown is not no (I11)", session.Driver.FindElement(By.Id("unknown-meaning")).Text, StringComparison.Ordinal);

        // The form comes back with the answer as given.
        Assert.True(session.Driver.FindElement(By.Id("applicant-healthRestriction-unknown")).Selected);
    }

    [Fact]
    public void Why_not_for_a_17_year_old_shows_the_date_of_the_18th_birthday_and_what_they_cannot_change()
    {
        var page = new CaseFormPage(session).Open();
        page.Fill("caseId", "young").Region(Regions.Kursk).Fill("asOf", "2024-10-01").Fill("applicant-birthDate", "2007-05-01").Sex(Sex.Male);
        page.Decide();
        session.Screenshot("why-not-17-year-old");
        SectionShot("why-not", "section-why-not");

        var young = new PolicyCase("young", Regions.Kursk, AsOf, new Applicant(new DateOnly(2007, 5, 1), Sex.Male));
        var expected = session.Engine.WhyNot(young);
        var question = expected.Questions.Single(q => q.Outcome == "enlistment");
        var section = session.Driver.FindElement(By.Id("why-not-enlistment"));
        Assert.Equal("Enlistment: Ineligible", section.FindElement(By.TagName("h3")).Text);
        Assert.Equal($"In short: {question.Summary}", section.FindElement(By.CssSelector(".summary")).Text);

        // Born 2007-05-01: 18 on 2025-05-01 (checked by hand), the change the person makes by waiting.
        Assert.Contains("2025-05-01", question.Summary, StringComparison.Ordinal);
        var waiting = section.FindElement(By.CssSelector("#why-not-enlistment-by .change[data-field='asOf']"));
        Assert.Contains("2025-05-01", waiting.Text, StringComparison.Ordinal);

        Assert.Equal(question.ByThePerson.Select(c => c.Text), section.FindElements(By.CssSelector("#why-not-enlistment-by .counterfactual-text")).Select(e => e.Text));
        var notBy = question.NotByThePerson.Select(c => c.Text).ToArray();
        Assert.NotEmpty(notBy);
        Assert.Equal(notBy, section.FindElements(By.CssSelector("#why-not-enlistment-not-by .counterfactual-text")).Select(e => e.Text));

        // Every non-favourable outcome has its question, in the engine's order, and the work it took is told.
        Assert.Equal(expected.Questions.Select(q => q.Outcome), session.Driver.FindElements(By.CssSelector("#why-not .why-not")).Select(e => e.GetAttribute("data-outcome")));
        Assert.StartsWith($"Found with {expected.Evaluations} evaluations", session.Driver.FindElement(By.CssSelector("#why-not .work")).Text, StringComparison.Ordinal);

        // The result's findings quote the source.
        var result = question.ByThePerson.First(c => c.Changes.Any(ch => ch.Field == "asOf")).Result;
        var first = section.FindElement(By.CssSelector("#why-not-enlistment-by .counterfactual"));
        first.FindElement(By.TagName("summary")).Click();
        Assert.Equal(result.Findings.Select(f => $"“{f.Quote}”"), first.FindElements(By.CssSelector(".quote")).Select(q => q.Text));
    }

    [Fact]
    public void The_timeline_shows_the_end_of_training_as_Training_to_Assigned_on_its_date_and_follows_the_window_set()
    {
        var page = new CaseFormPage(session).Open();
        page.Fill("caseId", "member").Region(Regions.Bryansk).Fill("asOf", "2024-09-29").Fill("applicant-birthDate", "1980-03-01").Sex(Sex.Male)
            .Fill("contract-months", "12").Fill("contract-startDate", "2024-09-15");
        page.Decide();
        session.Screenshot("timeline-member");
        SectionShot("timeline", "section-timeline");

        var member = new PolicyCase("member", Regions.Bryansk, new DateOnly(2024, 9, 29), new Applicant(new DateOnly(1980, 3, 1), Sex.Male),
            new Contract(12, new DateOnly(2024, 9, 15)));
        var expected = session.Engine.Timeline(member, member.AsOf!.Value, member.AsOf.Value.AddYears(3));
        AssertTimeline(expected);
        var training = expected.Entries.Single(e => e.Changes.Any(c => c.Outcome == "service" && c.Before?.Status == "Training" && c.After?.Status == "Assigned"));
        var shown = session.Driver.FindElement(By.CssSelector($"#timeline-entries .timeline-entry[data-date='{training.Date:yyyy-MM-dd}'] .timeline-change[data-outcome='service']"));
        Assert.Equal("Service: Training → Assigned", shown.FindElement(By.TagName("p")).Text);
        Assert.Equal(session.Engine.Evaluate(member).Service!.TrainingEndsOn!.Value.AddDays(1), training.Date);

        // A window the person sets: only its dates.
        page.Fill("timeline-from", "2025-01-01").Fill("timeline-to", "2025-12-31");
        page.Decide();
        AssertTimeline(session.Engine.Timeline(member, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)));
        Assert.Empty(session.Driver.FindElements(By.CssSelector($".timeline-entry[data-date='{training.Date:yyyy-MM-dd}']")));

        void AssertTimeline(CaseTimeline timeline)
        {
            Assert.NotEmpty(timeline.Entries);
            var entries = session.Driver.FindElements(By.CssSelector("#timeline-entries .timeline-entry"));
            Assert.Equal(timeline.Entries.Select(e => e.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), entries.Select(e => e.GetAttribute("data-date")));
            for (var i = 0; i < timeline.Entries.Count; i++)
            {
                Assert.Equal(timeline.Entries[i].Changes.Select(c => c.Outcome), entries[i].FindElements(By.CssSelector(".timeline-change")).Select(c => c.GetAttribute("data-outcome")));
            }
        }
    }

    [Fact]
    public void A_timeline_window_ending_before_it_starts_is_an_error_beside_its_field()
    {
        var page = new CaseFormPage(session).Open();
        page.Fill("caseId", "window").Region(Regions.Kursk).Fill("asOf", "2024-10-01").Fill("applicant-birthDate", "1985-03-01").Sex(Sex.Male)
            .Fill("timeline-from", "2025-01-01").Fill("timeline-to", "2024-12-31");
        page.DecideAndWaitForPage();
        Assert.Equal("2024-12-31 is before the window's first day (2025-01-01).", page.ErrorBeside("timeline-to"));
        Assert.False(page.HasDecision);
    }

    [Fact]
    public void The_fingerprint_shown_with_the_decision_and_in_the_catalogue_is_the_engines_policy()
    {
        var policy = session.Engine.Policy;
        Assert.StartsWith("sha256:", policy.Fingerprint, StringComparison.Ordinal);

        var page = new CaseFormPage(session).Open();
        Assert.Equal(policy.Fingerprint, session.Driver.FindElement(By.Id("policy-fingerprint")).Text);
        page.Fill("caseId", "fingerprint").Region(Regions.Bryansk).Fill("asOf", "2024-10-01").Fill("applicant-birthDate", "1980-05-01").Sex(Sex.Female);
        page.Decide();
        var decided = session.Engine.Evaluate(new PolicyCase("fingerprint", Regions.Bryansk, AsOf, new Applicant(new DateOnly(1980, 5, 1), Sex.Female)));
        Assert.Equal(policy, decided.Policy);
        Assert.Equal(policy.Fingerprint, session.Driver.FindElement(By.Id("policy-fingerprint")).Text);
        Assert.Equal(policy.LibraryVersion, session.Driver.FindElement(By.Id("policy-version")).Text);

        session.Driver.FindElement(By.Id("nav-rules")).Click();
        session.Until(d => d.Url.EndsWith("/rules", StringComparison.Ordinal));
        Assert.Equal(policy.Fingerprint, session.Driver.FindElement(By.Id("policy-fingerprint")).Text);
        SectionShot("policy", "section-policy-catalogue");
    }

    // One section alone, to look at (the whole page is in the other screenshots).
    private void SectionShot(string id, string name) =>
        ((ITakesScreenshot)session.Driver.FindElement(By.Id(id))).GetScreenshot().SaveAsFile(Path.Combine(session.Screenshots, name + ".png"));
}
