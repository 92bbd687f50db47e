using System.Globalization;
using System.Text;

namespace Bars.Policy.Text;

/// <summary>The words the texts for people share: amounts, dates, reasons, findings, outcome names.</summary>
internal static class PlainText
{
    public static string Rub(decimal amount) => amount.ToString("N0", CultureInfo.InvariantCulture) + " RUB";

    public static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Reason(UndeterminedReason? reason) => reason switch
    {
        UndeterminedReason.SourceSilent => " (the source is silent)",
        UndeterminedReason.SourceConflict => " (the source conflicts)",
        UndeterminedReason.MissingInput => " (an input is missing)",
        _ => "",
    };

    /// <summary>The first line of every text: which case, where, on which day.</summary>
    public static void Header(StringBuilder text, string? caseId, string? region, DateOnly? asOf) =>
        text.AppendLine(CultureInfo.InvariantCulture, $"Case {caseId ?? "(no caseId)"} — {region ?? "(no region)"}, as of {(asOf is { } d ? Date(d) : "(no date)")}");

    /// <summary>The errors of a case that could not be answered, one a line with its path.</summary>
    public static void Errors(StringBuilder text, string what, IReadOnlyList<ValidationError> errors)
    {
        text.AppendLine(CultureInfo.InvariantCulture, $"The case could not be {what}:");
        foreach (var e in errors) text.AppendLine(CultureInfo.InvariantCulture, $"  - {e.Path}: {e.Message}");
    }

    /// <summary>The rules that decided, in the order they fired, with their claims and the source's words.</summary>
    public static void Findings(StringBuilder text, IReadOnlyList<Finding> findings, string indent = "  ")
    {
        var n = 1;
        foreach (var f in findings)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{indent}{n++}. {f.RuleId} [{string.Join(", ", f.Claims)}]: {f.Text}");
            text.AppendLine(CultureInfo.InvariantCulture, $"{indent}   “{f.Quote}”");
        }
    }

    /// <summary>An outcome's name for a person: "entitlements.MonthlyPay" → "MonthlyPay", "enlistment" → "Enlistment".</summary>
    public static string Outcome(string outcome)
    {
        var dot = outcome.IndexOf('.', StringComparison.Ordinal);
        var name = dot >= 0 ? outcome[(dot + 1)..] : outcome;
        return name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];
    }

    /// <summary>A state with its period, when it has one: "NotEntitled from 2024-11-01 to 2025-10-31".</summary>
    public static string State(Explanation.OutcomeState state) =>
        state + (state.From is { } from ? " from " + Date(from) : "") + (state.To is { } to ? " to " + Date(to) : "");

    /// <summary>The claims a state's findings cite, in brackets; empty when none.</summary>
    public static string Claims(Explanation.OutcomeState state)
    {
        var claims = state.Findings.SelectMany(f => f.Claims).Distinct(StringComparer.Ordinal).ToArray();
        return claims.Length == 0 ? "" : $" ({string.Join(", ", claims)})";
    }
}
