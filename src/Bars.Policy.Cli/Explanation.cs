using System.Globalization;
using System.Text;

namespace Bars.Policy.Cli;

/// <summary>A decision told for a person: each outcome, then the rules that decided it in the order they fired,
/// with their claims and the source's words; every Undetermined with its reason.</summary>
internal static class Explanation
{
    public static string Render(PolicyDecision d)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Case {d.CaseId ?? "(no caseId)"} — {d.Region ?? "(no region)"}, as of {d.AsOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "(no date)"}");
        if (!d.IsValid)
        {
            text.AppendLine("The case could not be evaluated:");
            foreach (var e in d.Errors) text.AppendLine(CultureInfo.InvariantCulture, $"  - {e.Path}: {e.Message}");
            return text.ToString();
        }

        var e1 = d.Enlistment!;
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Enlistment: {e1.Outcome}{Reason(e1.UndeterminedReason)}");
        Findings(text, e1.Findings);

        text.AppendLine();
        text.AppendLine("Entitlements:");
        foreach (var e in d.Entitlements)
        {
            var amount = e.AmountRub is { } a ? $" {a.ToString("N0", CultureInfo.InvariantCulture)} RUB{(e.Period is { } p ? $" per {p}".Replace(" per Once", " once", StringComparison.Ordinal) : "")}" : "";
            text.AppendLine(CultureInfo.InvariantCulture, $"  {e.Kind}: {e.Status}{amount}{Reason(e.UndeterminedReason)}");
            Findings(text, e.Findings, "    ");
        }

        text.AppendLine();
        text.AppendLine("Obligations:");
        foreach (var o in d.Obligations)
        {
            var amount = o.AmountRub is { } a ? $" {a.ToString("N0", CultureInfo.InvariantCulture)} RUB" : "";
            text.AppendLine(CultureInfo.InvariantCulture, $"  {o.Kind}: {o.Status}{amount}{Reason(o.UndeterminedReason)}");
            Findings(text, o.Findings, "    ");
        }

        var s = d.Service!;
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Service: {s.Phase}{(s.TrainingEndsOn is { } t ? $" (training ends on {t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})" : "")}");
        foreach (var duty in s.Duties) text.AppendLine(CultureInfo.InvariantCulture, $"  - {duty}");
        Findings(text, s.Findings);
        return text.ToString();
    }

    private static string Reason(UndeterminedReason? reason) => reason switch
    {
        UndeterminedReason.SourceSilent => " (the source is silent)",
        UndeterminedReason.SourceConflict => " (the source conflicts)",
        UndeterminedReason.MissingInput => " (an input is missing)",
        _ => "",
    };

    private static void Findings(StringBuilder text, IReadOnlyList<Finding> findings, string indent = "  ")
    {
        var n = 1;
        foreach (var f in findings)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{indent}{n++}. {f.RuleId} [{string.Join(", ", f.Claims)}]: {f.Text}");
            text.AppendLine(CultureInfo.InvariantCulture, $"{indent}   “{f.Quote}”");
        }
    }
}
