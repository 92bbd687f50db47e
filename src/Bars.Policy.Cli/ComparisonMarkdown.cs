using System.Globalization;
using System.Text;

namespace Bars.Policy.Cli;

/// <summary>A reform's effect as Markdown tables, for people.</summary>
internal static class ComparisonMarkdown
{
    /// <summary>What the cost is, said once for every rendering (Markdown and the HTML report).</summary>
    public const string CostDefinition =
        "Cost = monthly pay for each day of membership at the rate in force that day (whole contract months, a part month by its share of days) "
        + "+ one-time payment − repayment owed + injury compensation, in RUB, summed only where determined: an Undetermined amount is counted "
        + "as a case, never summed as 0. \"Measured\" is the change on amounts determined on both sides, and makes a rise or a fall whatever else moved; "
        + "\"newly determined\" is an amount that was Undetermined (a silence filled), not a rise. Cases without a contract have no time in force "
        + "and are counted apart. By month: monthly pay in the months of its days, the one-time payment in the contract's start month, injury "
        + "compensation in the injury's, a repayment in the termination's.";

    /// <summary>The comparison as Markdown.</summary>
    /// <param name="c">The comparison.</param>
    /// <param name="period">The budget period's totals (<c>--period</c>); none when null.</param>
    /// <param name="spread">How many cases lose or gain how much (<see cref="Output.ChangeDistribution"/>); none when null.</param>
    /// <returns>The text.</returns>
    public static string Render(PolicyComparison c, PeriodCost? period = null, IReadOnlyList<(string? Region, long[] Counts)>? spread = null)
    {
        var md = new StringBuilder();
        var cost = c.Cost;
        md.AppendLine("# Reform comparison");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"{c.Cases:N0} cases ({c.Invalid:N0} invalid, left out); {c.CasesChanged:N0} change; {cost.CasesWithoutContract:N0} without a contract (counted apart).");
        md.AppendLine(CultureInfo.InvariantCulture, $"Measured cost rises for {cost.Rises:N0} cases (winners) and falls for {cost.Falls:N0} (losers); an amount is newly determined in {cost.NewlyDetermined:N0} cases and newly Undetermined in {cost.NewlyUndetermined:N0}.");
        md.AppendLine(CultureInfo.InvariantCulture, $"Outcomes that became determined: {c.BecameDetermined:N0}; that became Undetermined: {c.BecameUndetermined:N0}.");
        if (c.CostsOverflowed) md.AppendLine("**The cost totals overflowed** and leave out the cases from the first that did not fit.");
        md.AppendLine();
        md.AppendLine(CostDefinition);
        md.AppendLine();
        md.AppendLine("| Region | Cases | Changed | No contract | Cost before | Cost after | Measured change | Newly determined | Newly Undetermined | Undetermined before (cases) | Undetermined after (cases) | Rises | Falls |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in c.ByRegion) Row(md, r.Region, r.Cases, r.CasesChanged, r.Cost);
        Row(md, "**All**", c.Cases - c.Invalid, c.CasesChanged, cost);
        if (period is not null) Period(md, period);
        if (spread is not null) Spread(md, spread);
        if (c.ByOutcome.Count > 0)
        {
            md.AppendLine();
            md.AppendLine("| Outcome | Cases changed |");
            md.AppendLine("|---|---:|");
            foreach (var o in c.ByOutcome) md.AppendLine(CultureInfo.InvariantCulture, $"| {o.What} | {o.CasesChanged:N0} |");
        }

        if (c.ByMonth.Count > 0)
        {
            md.AppendLine();
            md.AppendLine("| Month | Region | Cost before | Cost after | Measured change | Newly determined | Newly Undetermined | Undetermined before (cases) | Undetermined after (cases) |");
            md.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var m in c.ByMonth)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"| {m.Month:yyyy-MM} | {m.Region} | {m.CostBeforeRub:#,0.##} | {m.CostAfterRub:#,0.##} | {Signed(m.MeasuredChangeRub)} | {m.NewlyDeterminedRub:#,0.##} | {m.NewlyUndeterminedRub:#,0.##} | {m.UndeterminedBefore:N0} | {m.UndeterminedAfter:N0} |");
            }
        }

        var moved = c.Moves.Where(m => m.Before != m.After).ToArray();
        if (moved.Length > 0)
        {
            md.AppendLine();
            md.AppendLine("| Outcome | Before | After | Cases |");
            md.AppendLine("|---|---|---|---:|");
            foreach (var m in moved) md.AppendLine(CultureInfo.InvariantCulture, $"| {m.What} | {m.Before} | {m.After} | {m.Cases:N0} |");
        }

        return md.ToString().ReplaceLineEndings("\n");
    }

    /// <summary>What a period's undetermined counts are, said once for the Markdown and the report.</summary>
    public const string CaseMonths =
        "Undetermined case-months: each month's cases with an Undetermined amount, summed over the period (a case unknown in three of its months counts 3); their amounts are in no total.";

    // Bins down, regions across: a few columns however many bins.
    private static void Spread(StringBuilder md, IReadOnlyList<(string? Region, long[] Counts)> rows)
    {
        md.AppendLine();
        md.AppendLine("## Who loses and gains how much");
        md.AppendLine();
        md.AppendLine(Output.ChangeDistribution.Note);
        md.AppendLine();
        md.AppendLine("| Change (cases) | " + string.Join(" | ", rows.Select(r => r.Region ?? "**All**")) + " |");
        md.AppendLine("|---|" + string.Concat(rows.Select(_ => "---:|")));
        for (var i = 0; i < Output.ChangeDistribution.Bins.Length; i++)
        {
            md.AppendLine("| " + Output.ChangeDistribution.Bins[i].Label + " | " + string.Join(" | ", rows.Select(r => r.Counts[i].ToString("N0", CultureInfo.InvariantCulture))) + " |");
        }
    }

    private static void Period(StringBuilder md, PeriodCost p)
    {
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"## Period {p.From:yyyy-MM-dd} to {p.To:yyyy-MM-dd}");
        md.AppendLine();
        md.AppendLine(CaseMonths);
        md.AppendLine();
        md.AppendLine("| Region | Cost before | Cost after | Measured change | Newly determined | Newly Undetermined | Undetermined case-months before | Undetermined case-months after |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in p.ByRegion.Append(p.Total))
        {
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Region ?? "**All**"} | {r.CostBeforeRub:#,0.##} | {r.CostAfterRub:#,0.##} | {Signed(r.MeasuredChangeRub)} | {r.NewlyDeterminedRub:#,0.##} | {r.NewlyUndeterminedRub:#,0.##} | {r.UndeterminedCaseMonthsBefore:N0} | {r.UndeterminedCaseMonthsAfter:N0} |");
        }
    }

    /// <summary>A signed amount as the tables write it: +1,000, -1,000, 0.</summary>
    public static string Signed(decimal amount) => amount.ToString("+#,0.##;-#,0.##;0", CultureInfo.InvariantCulture);

    private static void Row(StringBuilder md, string region, long cases, long changed, CostSummary k) =>
        md.AppendLine(CultureInfo.InvariantCulture,
            $"| {region} | {cases:N0} | {changed:N0} | {k.CasesWithoutContract:N0} | {k.CostBeforeRub:#,0.##} | {k.CostAfterRub:#,0.##} | {Signed(k.MeasuredChangeRub)} | {k.NewlyDeterminedRub:#,0.##} | {k.NewlyUndeterminedRub:#,0.##} | {k.UndeterminedBefore:N0} | {k.UndeterminedAfter:N0} | {k.Rises:N0} | {k.Falls:N0} |");
}
