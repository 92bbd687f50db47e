using System.Globalization;
using System.Text;

namespace Bars.Policy.Cli;

/// <summary>A decision told for a person: each outcome with the period it covers (I8), then the rules that decided it
/// in the order they fired, with their claims and the source's words; every Undetermined with its reason.</summary>
internal static class Explanation
{
    public static string Render(PolicyDecision d, GivenCase given)
    {
        var text = new StringBuilder();

        // An invalid case's decision may hold neither: say them as the case gave them.
        var region = d.Region ?? given.Region ?? "(no region)";
        var asOf = d.AsOf is { } day ? Date(day) : given.AsOf ?? "(no date)";
        text.AppendLine(CultureInfo.InvariantCulture, $"Case {d.CaseId ?? "(no caseId)"} — {region}, as of {asOf}");
        if (!d.IsValid)
        {
            text.AppendLine("The case could not be evaluated:");
            foreach (var e in d.Errors) text.AppendLine(CultureInfo.InvariantCulture, $"  - {e.Path}: {e.Message}");
            return text.ToString();
        }

        var e1 = d.Enlistment!;
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Enlistment: {e1.Outcome}{Reason(e1.UndeterminedReason)}{JudgedOn(e1.JudgedOn, given)}");
        Findings(text, e1.Findings);

        text.AppendLine();
        text.AppendLine("Entitlements:");
        foreach (var e in d.Entitlements)
        {
            var amount = e.AmountRub is { } a ? $" {Rub(a)}{(e.Period is { } p ? $" per {p}".Replace(" per Once", " once", StringComparison.Ordinal) : "")}" : "";
            var notApplicable = e.Status == EntitlementStatus.NotApplicable ? " (the question does not arise)" : "";
            text.AppendLine(CultureInfo.InvariantCulture, $"  {e.Kind}: {e.Status}{notApplicable}{amount}{Reason(e.UndeterminedReason)}{Span(e.From, e.To, forGood: true)}");
            foreach (var r in e.Rates)
            {
                var rate = r.AmountRub is { } v ? $"{Rub(v)} per Month" : "no rate stated";
                text.AppendLine(CultureInfo.InvariantCulture, $"    rate from {Date(r.From)} to {Date(r.To)}: {rate}{(r.CitationId is { } c ? $" ({c})" : "")}");
            }

            Findings(text, e.Findings, "    ");
        }

        text.AppendLine();
        text.AppendLine("Obligations:");
        foreach (var o in d.Obligations)
        {
            var amount = o.AmountRub is { } a ? $" {Rub(a)}" : "";
            text.AppendLine(CultureInfo.InvariantCulture, $"  {o.Kind}: {o.Status}{amount}{Reason(o.UndeterminedReason)}{Span(o.From, null, forGood: false)}");
            Findings(text, o.Findings, "    ");
        }

        var s = d.Service!;
        text.AppendLine();
        var training = s.TrainingEndsOn is { } t ? $" (training ends on {Date(t)})" : "";
        text.AppendLine(CultureInfo.InvariantCulture, $"Service: {s.Phase}{Reason(s.UndeterminedReason)}{Span(s.From, s.To, forGood: false)}{training}");
        if (s.Duties.Count > 0)
        {
            text.AppendLine("  Duties, while assigned to tasks:");
            foreach (var duty in s.Duties) text.AppendLine(CultureInfo.InvariantCulture, $"  - {duty}");
        }

        Findings(text, s.Findings);
        if (s.WarZoneDeployment is { } w)
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"War zone deployment: {w.Status}{Reason(w.UndeterminedReason)}");
            Findings(text, w.Findings);
        }

        return text.ToString();
    }

    // The day enlistment was judged on (I6), and why that day.
    private static string JudgedOn(DateOnly? judgedOn, GivenCase given)
    {
        if (judgedOn is not { } day) return "";
        var why = given.ContractStart == Date(day) ? "the contract's start (I6)" : "the evaluation date: the case has no contract (I6)";
        return $", judged on {Date(day)}, {why}";
    }

    // The period an outcome covers (I8): from–to, "for good" for an entitlement with no end, "from" for a phase or an
    // obligation that begins on a day.
    private static string Span(DateOnly? from, DateOnly? to, bool forGood) => (from, to) switch
    {
        ({ } f, { } t) => $", from {Date(f)} to {Date(t)}",
        ({ } f, null) => forGood ? $", from {Date(f)} for good" : $", from {Date(f)}",
        (null, { } t) => $", until {Date(t)}",
        _ => "",
    };

    private static string Reason(UndeterminedReason? reason) => reason switch
    {
        UndeterminedReason.SourceSilent => " (the source is silent)",
        UndeterminedReason.SourceConflict => " (the source conflicts)",
        UndeterminedReason.MissingInput => " (an input is missing)",
        _ => "",
    };

    private static string Rub(decimal amount) => amount.ToString("N0", CultureInfo.InvariantCulture) + " RUB";

    private static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

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
