using System.Globalization;
using System.Text;
using Bars.Policy.Explanation;

namespace Bars.Policy.Cli;

/// <summary>A screening told for a person: what is certain, what depends on facts not known yet, what to ask next.</summary>
internal static class ScreeningText
{
    public static string Render(Screening s, string? region)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Case {s.CaseId ?? "(no caseId)"} — {region ?? "(no region)"}, as of {s.AsOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "(no date)"}");
        if (s.Errors.Count > 0)
        {
            text.AppendLine("The case could not be screened:");
            foreach (var e in s.Errors) text.AppendLine(CultureInfo.InvariantCulture, $"  - {e.Path}: {e.Message}");
            return text.ToString();
        }

        text.AppendLine(s.Unknown.Count == 0 ? "Nothing is listed as unknown: every outcome is certain." : $"Not known yet: {string.Join(", ", s.Unknown)}");
        text.AppendLine();
        text.AppendLine("Already certain, whatever the answers:");
        foreach (var o in s.Outcomes.Where(o => o.Certain)) text.AppendLine(CultureInfo.InvariantCulture, $"  {Name(o.Outcome)}: {State(o.Possible[0])}{Claims(o.Possible[0])}");
        var open = s.Outcomes.Where(o => !o.Certain).ToArray();
        if (open.Length > 0)
        {
            text.AppendLine();
            text.AppendLine("Depends on what is not known yet:");
            foreach (var o in open)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {Name(o.Outcome)}: {string.Join(" or ", o.Possible.Select(State))} — depends on {string.Join(", ", o.DependsOn)}");
            }

            text.AppendLine();
            text.AppendLine("Ask next:");
            var rank = 1;
            foreach (var q in s.NextQuestions)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {rank++}. {q.Fact}: settles {q.Settles} of {open.Length} open outcomes whichever the answer (yes: {q.SettlesIfTrue}, no: {q.SettlesIfFalse}); {string.Join(", ", q.Outcomes.Select(Name))} turn{(q.Outcomes.Count == 1 ? "s" : "")} on it");
            }

            // A fact nothing turns on is not asked: its answer could change nothing for this case.
            var idle = s.Unknown.Except(s.NextQuestions.Select(q => q.Fact), StringComparer.Ordinal).ToArray();
            if (idle.Length > 0) text.AppendLine(CultureInfo.InvariantCulture, $"  Not asked, nothing turns on it: {string.Join(", ", idle)}");
        }

        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"({s.Evaluations} evaluations)");
        return text.ToString();
    }

    // "entitlements.MonthlyPay" → "MonthlyPay", "enlistment" → "Enlistment".
    private static string Name(string outcome)
    {
        var dot = outcome.IndexOf('.', StringComparison.Ordinal);
        var name = dot >= 0 ? outcome[(dot + 1)..] : outcome;
        return char.ToUpperInvariant(name[0]) + name[1..];
    }

    // The status with its period, when it has one: "NotEntitled from 2024-11-01 to 2025-10-31".
    private static string State(OutcomeState state) =>
        state + (state.From is { } from ? " from " + Day(from) : "") + (state.To is { } to ? " to " + Day(to) : "");

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Claims(OutcomeState state)
    {
        var claims = state.Findings.SelectMany(f => f.Claims).Distinct(StringComparer.Ordinal).ToArray();
        return claims.Length == 0 ? "" : $" ({string.Join(", ", claims)})";
    }
}
