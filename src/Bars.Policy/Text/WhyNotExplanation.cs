using System.Globalization;
using System.Text;
using Bars.Policy.Explanation;
using static Bars.Policy.Text.PlainText;

namespace Bars.Policy.Text;

/// <summary>A why-not answer told for a person (<see cref="WhyNotAnswer.ToText"/>): each outcome that is not
/// favourable, what it is, and the smallest changes that would make it so, those the person can make first.</summary>
internal static class WhyNotExplanation
{
    public static string Render(WhyNotAnswer answer, string? region)
    {
        var text = new StringBuilder();
        Header(text, answer.CaseId, region, answer.AsOf);
        if (answer.Errors.Count > 0)
        {
            Errors(text, "answered", answer.Errors);
            return DecisionExplanation.Lines(text);
        }

        if (answer.Questions.Count == 0) text.AppendLine("Every outcome is already as favourable as it can be.");
        foreach (var q in answer.Questions)
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"{Outcome(q.Outcome)}: {State(q.Current)}{Claims(q.Current)}; wanted {q.Wanted}");
            text.AppendLine(CultureInfo.InvariantCulture, $"  {q.Summary}");
            Changes(text, "Changes the person can make:", q.ByThePerson);
            Changes(text, "Changes the person cannot make:", q.NotByThePerson);
            if (q.Prospective is { } later) text.AppendLine(CultureInfo.InvariantCulture, $"  Later: {later.Text}");
        }

        text.AppendLine();
        var horizon = answer.Horizon is { } h ? $", dates searched up to {Date(h)}" : "";
        var stopped = answer.Exhausted ? "; the search stopped at its limit, a smaller change may exist" : "";
        text.AppendLine(CultureInfo.InvariantCulture, $"({answer.Evaluations.ToString("N0", CultureInfo.InvariantCulture)} evaluations{horizon}{stopped})");
        return DecisionExplanation.Lines(text);
    }

    private static void Changes(StringBuilder text, string title, IReadOnlyList<Counterfactual> changes)
    {
        if (changes.Count == 0) return;
        text.AppendLine(CultureInfo.InvariantCulture, $"  {title}");
        foreach (var c in changes) text.AppendLine(CultureInfo.InvariantCulture, $"    - {c.Text}");
    }
}
