using System.Globalization;
using System.Text;

namespace Bars.Policy.Cli;

/// <summary>A reform's effect as Markdown tables, for people.</summary>
internal static class ComparisonMarkdown
{
    public static string Render(PolicyComparison c)
    {
        var md = new StringBuilder();
        md.AppendLine("# Reform comparison");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"{c.Cases:N0} cases ({c.Invalid:N0} invalid, left out); {c.CasesChanged:N0} change. Winners (cost rises): {c.Winners:N0}; losers (cost falls): {c.Losers:N0}.");
        md.AppendLine(CultureInfo.InvariantCulture, $"Outcomes that became determined: {c.BecameDetermined:N0}; that became Undetermined: {c.BecameUndetermined:N0}.");
        md.AppendLine();
        md.AppendLine("Cost = monthly pay × contract months + one-time payment + injury compensation, where Entitled (RUB).");
        md.AppendLine();
        md.AppendLine("| Region | Cases | Changed | Cost before | Cost after | Difference |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var r in c.ByRegion)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {r.Region} | {r.Cases:N0} | {r.CasesChanged:N0} | {r.CostBeforeRub:N0} | {r.CostAfterRub:N0} | {r.CostAfterRub - r.CostBeforeRub:+#,0;-#,0;0} |");
        }

        md.AppendLine(CultureInfo.InvariantCulture, $"| **All** | {c.Cases - c.Invalid:N0} | {c.CasesChanged:N0} | {c.TotalCostBeforeRub:N0} | {c.TotalCostAfterRub:N0} | {c.TotalCostAfterRub - c.TotalCostBeforeRub:+#,0;-#,0;0} |");
        if (c.ByOutcome.Count > 0)
        {
            md.AppendLine();
            md.AppendLine("| Outcome | Cases changed |");
            md.AppendLine("|---|---:|");
            foreach (var o in c.ByOutcome) md.AppendLine(CultureInfo.InvariantCulture, $"| {o.What} | {o.CasesChanged:N0} |");
        }

        return md.ToString().ReplaceLineEndings("\n");
    }
}
