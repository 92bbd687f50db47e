using System.Globalization;
using System.Text;
using static Bars.Policy.Text.PlainText;

namespace Bars.Policy.Text;

/// <summary>A decision told for a person (<see cref="PolicyDecision.ToText"/>): each outcome with the period it covers
/// (I8), then the rules that decided it in the order they fired, with their claims and the source's words; every
/// Undetermined with its reason.</summary>
internal static class DecisionExplanation
{
    public static string Render(PolicyDecision d)
    {
        var text = new StringBuilder();
        Header(text, d.CaseId, d.Region, d.AsOf);
        if (!d.IsValid)
        {
            Errors(text, "evaluated", d.Errors);
            return Lines(text);
        }

        var e1 = d.Enlistment;
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Enlistment: {e1.Outcome}{Reason(e1.UndeterminedReason)}{JudgedOn(e1.JudgedOn, d.Service)}");
        Findings(text, e1.Findings);

        text.AppendLine();
        text.AppendLine("Entitlements:");
        foreach (var e in d.Entitlements)
        {
            var amount = e.AmountRub is { } a ? $" {Rub(a)}{(e.Period is { } p ? (p == PaymentPeriod.Once ? " once" : $" per {p}") : "")}" : "";
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

        var s = d.Service;
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

        return Lines(text);
    }

    // Lines end in \n on every system: the text is the same bytes wherever it is made.
    internal static string Lines(StringBuilder text) => text.ToString().ReplaceLineEndings("\n");

    // The day enlistment was judged on (I6), and why that day: the contract's start, or the evaluation date when
    // the case has no contract (the service phase says which).
    private static string JudgedOn(DateOnly? judgedOn, ServiceDecision service)
    {
        if (judgedOn is not { } day) return "";
        var why = service.Phase == ServicePhase.NoContract ? "the evaluation date: the case has no contract (I6)" : "the contract's start (I6)";
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
}
