using System.Globalization;
using System.Text;

namespace Bars.Policy.Cli;

/// <summary>
/// <c>compare --weight w</c>'s Markdown: the comparison's totals with each case counted by its weight
/// (<see cref="PolicyComparison.Weighted"/>), by region and overall, beside the unweighted tables. Nothing when the
/// comparison is not weighted.
/// </summary>
internal static class WeightedMarkdown
{
    /// <summary>The weighted table, or "" for an unweighted comparison.</summary>
    /// <param name="c">The comparison.</param>
    /// <param name="weight">The weight's field, as --weight named it.</param>
    /// <returns>The Markdown.</returns>
    public static string Render(PolicyComparison c, string? weight)
    {
        if (c.Weighted is not { } all) return "";
        var md = new StringBuilder();
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"## Weighted by '{weight}'");
        md.AppendLine();
        md.AppendLine("Each valid case counted by its weight; roubles determined only, the weights of cases with an Undetermined part beside them.");
        md.AppendLine();
        md.AppendLine("| Region | Cases | Changed | With a contract | Cost before | Cost after | Measured change | Newly determined | Newly undetermined | Undetermined before | Undetermined after |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var t in c.WeightedByRegion.Append(all)) md.AppendLine(Row(t));
        return md.ToString().ReplaceLineEndings("\n");
    }

    private static string Row(WeightedTotals t) => string.Create(
        CultureInfo.InvariantCulture,
        $"| {t.Region ?? "**All**"} | {t.Cases:N2} | {t.CasesChanged:N2} | {t.WithContract:N2} | {t.CostBeforeRub:N2} | {t.CostAfterRub:N2} | {t.MeasuredChangeRub:N2} | {t.NewlyDeterminedRub:N2} | {t.NewlyUndeterminedRub:N2} | {t.UndeterminedBefore:N2} | {t.UndeterminedAfter:N2} |");
}
