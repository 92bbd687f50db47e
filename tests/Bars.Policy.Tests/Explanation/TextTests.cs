using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Explanation;

/// <summary>The library's texts for people: a host gets the words the tool prints on a terminal.</summary>
public sealed class TextTests
{
    private static readonly PolicyCase Young = new("t-young", Regions.Kursk, new DateOnly(2024, 10, 1), new Applicant(new DateOnly(2007, 5, 1), Sex.Male));

    [Fact]
    public void A_decision_as_text_names_the_case_each_outcome_and_the_rules_with_their_quotes()
    {
        var c = new PolicyCase("t-1", Regions.Bryansk, new DateOnly(2024, 10, 1), new Applicant(new DateOnly(1980, 5, 1), Sex.Male), new Contract(12, new DateOnly(2024, 9, 1)));
        var text = TestEngine.Instance.Evaluate(c).ToText();
        Assert.StartsWith("Case t-1 — Bryansk, as of 2024-10-01\n", text, StringComparison.Ordinal);
        Assert.Contains("Enlistment: Eligible, judged on 2024-09-01, the contract's start (I6)", text, StringComparison.Ordinal);
        Assert.Contains("MonthlyPay: Entitled 40,000 RUB per Month, from 2024-09-01 to 2025-08-31", text, StringComparison.Ordinal);
        Assert.Contains("“in Bryansk Oblast, the monthly rate is set at 40,000 rubles.”", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_decision_as_text_lists_its_errors()
    {
        var text = TestEngine.Instance.EvaluateJson("""{"caseId":"x","region":"Moscow"}"""u8).ToText();
        Assert.Contains("The case could not be evaluated:", text, StringComparison.Ordinal);
        Assert.Contains("- region: 'Moscow' is not a known region", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_why_not_answer_as_text_says_the_outcome_what_it_is_and_the_change()
    {
        var text = TestEngine.Instance.WhyNot(Young).ToText();
        Assert.StartsWith("Case t-young — Kursk, as of 2024-10-01\n", text, StringComparison.Ordinal);
        Assert.Contains("Enlistment: Ineligible", text, StringComparison.Ordinal);
        Assert.Contains("Eligible from 2025-05-01, when aged 18 (C1)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_timeline_as_text_says_each_date_and_what_changes_on_it()
    {
        var text = TestEngine.Instance.Timeline(Young, new DateOnly(2024, 1, 1), new DateOnly(2026, 12, 31)).ToText();
        Assert.StartsWith("Case t-young — Kursk, from 2024-01-01 to 2026-12-31\n", text, StringComparison.Ordinal);
        Assert.Contains("\nOn 2025-05-01:\n  Enlistment: Ineligible", text, StringComparison.Ordinal);
        Assert.Contains("→ Eligible", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_screening_as_text_says_what_is_certain_and_what_to_ask()
    {
        var c = Young with { Applicant = new Applicant(new DateOnly(1990, 1, 1), Sex.Male), Unknown = ["healthRestriction"] };
        var text = TestEngine.Instance.Screen(c).ToText();
        Assert.StartsWith("Case t-young — Kursk, as of 2024-10-01\n", text, StringComparison.Ordinal);
        Assert.Contains("Not known yet: healthRestriction", text, StringComparison.Ordinal);
        Assert.Contains("Already certain, whatever the answers:", text, StringComparison.Ordinal);
    }
}
