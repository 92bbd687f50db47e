using System.Globalization;
using System.Text;
using Bars.Policy.Explanation;
using static Bars.Policy.Text.PlainText;

namespace Bars.Policy.Text;

/// <summary>A timeline told for a person (<see cref="CaseTimeline.ToText"/>): the outcomes on the first day, then each
/// date on which one changes, with what it was and what it becomes.</summary>
internal static class TimelineExplanation
{
    public static string Render(CaseTimeline timeline, string? region)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Case {timeline.CaseId ?? "(no caseId)"} — {region ?? "(no region)"}, from {Date(timeline.From)} to {Date(timeline.To)}");
        if (timeline.Errors.Count > 0)
        {
            Errors(text, "answered", timeline.Errors);
            return DecisionExplanation.Lines(text);
        }

        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"On {Date(timeline.From)}:");
        foreach (var s in timeline.Start) text.AppendLine(CultureInfo.InvariantCulture, $"  {Outcome(s.Outcome)}: {State(s)}{Claims(s)}");
        if (timeline.Entries.Count == 0)
        {
            text.AppendLine();
            text.AppendLine("Nothing changes in the window.");
        }

        foreach (var entry in timeline.Entries)
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"On {Date(entry.Date)}:");
            foreach (var c in entry.Changes)
            {
                var before = c.Before is { } b ? State(b) : "(none)";
                var after = c.After is { } a ? State(a) + Claims(a) : "(none)";
                text.AppendLine(CultureInfo.InvariantCulture, $"  {Outcome(c.Outcome)}: {before} → {after}");
            }
        }

        text.AppendLine();
        var stopped = timeline.Exhausted ? $"; the search stopped at its limit, dates after {Date(timeline.CoveredTo)} are not covered" : "";
        text.AppendLine(CultureInfo.InvariantCulture, $"({timeline.Evaluations.ToString("N0", CultureInfo.InvariantCulture)} evaluations{stopped})");
        return DecisionExplanation.Lines(text);
    }
}
