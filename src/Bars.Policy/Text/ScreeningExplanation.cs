using System.Globalization;
using System.Text;
using Bars.Policy.Explanation;
using static Bars.Policy.Text.PlainText;

namespace Bars.Policy.Text;

/// <summary>A screening told for a person (<see cref="Screening.ToText"/>): what is certain, what depends on facts not
/// known yet, what to ask next.</summary>
internal static class ScreeningExplanation
{
    public static string Render(Screening s)
    {
        var text = new StringBuilder();
        Header(text, s.CaseId, s.Region, s.AsOf);
        if (s.Errors.Count > 0)
        {
            Errors(text, "screened", s.Errors);
            return DecisionExplanation.Lines(text);
        }

        text.AppendLine(s.Unknown.Count == 0 ? "Nothing is listed as unknown: every outcome is certain." : $"Not known yet: {string.Join(", ", s.Unknown)}");
        text.AppendLine();
        text.AppendLine("Already certain, whatever the answers:");
        foreach (var o in s.Outcomes.Where(o => o.Certain)) text.AppendLine(CultureInfo.InvariantCulture, $"  {Outcome(o.Outcome)}: {State(o.Possible[0])}{Claims(o.Possible[0])}");
        var open = s.Outcomes.Where(o => !o.Certain).ToArray();
        if (open.Length > 0)
        {
            text.AppendLine();
            text.AppendLine("Depends on what is not known yet:");
            foreach (var o in open)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {Outcome(o.Outcome)}: {string.Join(" or ", o.Possible.Select(State))} — depends on {string.Join(", ", o.DependsOn)}");
            }

            text.AppendLine();
            text.AppendLine("Ask next:");
            var rank = 1;
            foreach (var q in s.NextQuestions)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {rank++}. {q.Fact}: settles {q.Settles} of {open.Length} open outcomes whichever the answer (yes: {q.SettlesIfTrue}, no: {q.SettlesIfFalse}); {string.Join(", ", q.Outcomes.Select(Outcome))} turn{(q.Outcomes.Count == 1 ? "s" : "")} on it");
            }

            // A fact nothing turns on is not asked: its answer could change nothing for this case.
            var idle = s.Unknown.Except(s.NextQuestions.Select(q => q.Fact), StringComparer.Ordinal).ToArray();
            if (idle.Length > 0) text.AppendLine(CultureInfo.InvariantCulture, $"  Not asked, nothing turns on it: {string.Join(", ", idle)}");
        }

        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"({s.Evaluations} evaluations)");
        return DecisionExplanation.Lines(text);
    }
}
