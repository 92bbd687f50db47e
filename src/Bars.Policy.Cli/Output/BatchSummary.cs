using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Bars.Policy.Cli.Output;

/// <summary>
/// <c>batch --summary summary.json|.md</c>: the batch's totals, by region × enlistment outcome (a case with errors
/// counts as <c>Invalid</c>, under the region it names when that can be read) and by entitlement or obligation
/// kind × status, and the cost (each part of <see cref="CostCells"/>, determined roubles and Undetermined cases) by
/// region; with <c>--weight</c>, every count and sum again weighted. Memory holds the counts only.
/// </summary>
internal sealed class BatchSummary
{
    /// <summary>The region of a case whose region cannot be read.</summary>
    public const string UnknownRegion = "(unread)";

    private static readonly string[] Outcomes = [.. Enum.GetNames<EnlistmentOutcome>(), "Invalid"];

    // The cost's parts as the batch's cost columns name them, then their total.
    private static readonly string[] CostParts = [.. CostCells.PartNames, "total"];

    private readonly SortedDictionary<string, Counts> byRegion = new(StringComparer.Ordinal);
    private readonly SortedDictionary<(int Kind, string Status), (long Cases, decimal Weighted)> byStatus = [];
    private readonly SortedDictionary<string, CostSums[]> costs = new(StringComparer.Ordinal);
    private readonly bool weighted;
    private long cases, invalid;
    private decimal weightedCases;

    /// <summary>Totals of a batch, weighted too when <paramref name="weighted"/>.</summary>
    /// <param name="weighted">Whether the batch has a weight per line (<c>--weight</c>).</param>
    public BatchSummary(bool weighted = false) => this.weighted = weighted;

    /// <summary>What one answer adds to the totals, made in the worker.</summary>
    /// <param name="Region">The region, or <see cref="UnknownRegion"/>.</param>
    /// <param name="Outcome">The index of the outcome in the columns (Invalid last).</param>
    /// <param name="Statuses">Each entitlement kind's status, then each obligation kind's; empty for an invalid case.</param>
    /// <param name="Weight">The case's weight (0 unweighted or when its weight is invalid).</param>
    /// <param name="Cost">The case's cost (<see cref="CostCells"/>); null without a contract or for an invalid case.</param>
    internal readonly record struct Key(string Region, int Outcome, string[] Statuses, decimal Weight, CostCells? Cost);

    /// <summary>The key of one answer.</summary>
    /// <param name="r">The answer.</param>
    /// <param name="policy">The engine that decided: its cost of the case is the one the cost columns give.</param>
    /// <returns>What it adds.</returns>
    public static Key KeyOf(BatchResult r, PolicyEngine policy)
    {
        var d = r.Decision;
        var region = d.Region ?? UnknownRegion;
        if (!d.IsValid) return new Key(region, Outcomes.Length - 1, [], 0, null);
        var statuses = new string[d.Entitlements.Count + d.Obligations.Count];
        var i = 0;
        foreach (var e in d.Entitlements) statuses[i++] = e.Status.ToString();
        foreach (var o in d.Obligations) statuses[i++] = o.Status.ToString();
        var cost = r.Case is { } c && policy.CostOf(c, d) is { } breakdown ? CostCells.Of(breakdown) : null;
        return new Key(region, (int)d.Enlistment!.Outcome, statuses, r.Weight ?? 0, cost);
    }

    public void Add(Key key)
    {
        cases++;
        weightedCases += key.Weight;
        if (key.Outcome == Outcomes.Length - 1) invalid++;
        if (!byRegion.TryGetValue(key.Region, out var counts)) byRegion.Add(key.Region, counts = new Counts());
        counts.Cases[key.Outcome]++;
        counts.Weighted[key.Outcome] += key.Weight;
        for (var k = 0; k < key.Statuses.Length; k++)
        {
            var status = (k, key.Statuses[k]);
            var (n, w) = byStatus.GetValueOrDefault(status);
            byStatus[status] = (n + 1, w + key.Weight);
        }

        if (key.Cost is not { } cost) return;
        if (!costs.TryGetValue(key.Region, out var sums)) costs.Add(key.Region, sums = [.. CostParts.Select(_ => new CostSums())]);
        for (var p = 0; p < CostParts.Length; p++) sums[p].Add(p < cost.Parts.Length ? cost.Parts[p].Rub : cost.TotalRub, key.Weight);
    }

    /// <summary>A region's counts per outcome, and their weights.</summary>
    private sealed class Counts
    {
        public long[] Cases { get; } = new long[Outcomes.Length];

        public decimal[] Weighted { get; } = new decimal[Outcomes.Length];
    }

    /// <summary>One cost part's sums over a region's cases with a contract: determined roubles, and the cases it is Undetermined for.</summary>
    private sealed class CostSums
    {
        public long Cases { get; private set; }

        public decimal Rub { get; private set; }

        public long Undetermined { get; private set; }

        public decimal WeightedCases { get; private set; }

        public decimal WeightedRub { get; private set; }

        public decimal WeightedUndetermined { get; private set; }

        // An Undetermined part is counted, never summed as 0.
        public void Add(decimal? rub, decimal weight)
        {
            Cases++;
            WeightedCases += weight;
            if (rub is { } amount)
            {
                Rub += amount;
                WeightedRub += weight * amount;
            }
            else
            {
                Undetermined++;
                WeightedUndetermined += weight;
            }
        }
    }

    /// <summary>The totals as JSON (indented) for a <c>.json</c> path, as Markdown tables for <c>.md</c>.</summary>
    /// <param name="path">The summary's path; its extension decides.</param>
    /// <param name="provenance">Where the decisions come from: the JSON's <c>provenance</c>, the Markdown's last section.</param>
    /// <returns>The text.</returns>
    public string Render(string path, RunProvenance provenance) => IsMarkdown(path) ? Markdown(provenance) : Json(provenance);

    /// <summary>Whether a summary path names a format the summary has: <c>.json</c> or <c>.md</c>.</summary>
    /// <param name="path">The path.</param>
    /// <returns>A message when it does not; null when it does.</returns>
    public static string? Problem(string path) =>
        IsMarkdown(path) || Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase) ? null
        : $"--summary writes .json or .md; '{path}' is neither.";

    private static bool IsMarkdown(string path) => Path.GetExtension(path).Equals(".md", StringComparison.OrdinalIgnoreCase);

    private static string Kind(int k) => k < Enum.GetNames<EntitlementKind>().Length ? Enum.GetNames<EntitlementKind>()[k] : Enum.GetNames<ObligationKind>()[k - Enum.GetNames<EntitlementKind>().Length];

    private string Json(RunProvenance provenance)
    {
        using var text = new MemoryStream();
        using (var w = new Utf8JsonWriter(text, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteNumber("cases", cases);
            w.WriteNumber("invalid", invalid);
            if (weighted) w.WriteNumber("weightedCases", weightedCases);
            w.WriteStartArray("byRegion");
            foreach (var (region, counts) in byRegion)
            {
                w.WriteStartObject();
                w.WriteString("region", region);
                w.WriteNumber("cases", counts.Cases.Sum());
                for (var o = 0; o < Outcomes.Length; o++) w.WriteNumber(Camel(Outcomes[o]), counts.Cases[o]);
                if (weighted)
                {
                    w.WriteNumber("weightedCases", counts.Weighted.Sum());
                    for (var o = 0; o < Outcomes.Length; o++) w.WriteNumber("weighted" + Outcomes[o], counts.Weighted[o]);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("byStatus");
            foreach (var ((kind, status), (n, weight)) in byStatus)
            {
                w.WriteStartObject();
                w.WriteString("kind", Kind(kind));
                w.WriteString("status", status);
                w.WriteNumber("cases", n);
                if (weighted) w.WriteNumber("weightedCases", weight);
                w.WriteEndObject();
            }

            w.WriteEndArray();

            // Roubles of the cases with a contract, determined parts only; an Undetermined part is counted beside them.
            w.WriteStartArray("costByRegion");
            foreach (var (region, sums) in costs)
            {
                for (var p = 0; p < CostParts.Length; p++)
                {
                    var c = sums[p];
                    w.WriteStartObject();
                    w.WriteString("region", region);
                    w.WriteString("part", CostParts[p]);
                    w.WriteNumber("casesWithContract", c.Cases);
                    w.WriteNumber("determinedRub", c.Rub);
                    w.WriteNumber("undeterminedCases", c.Undetermined);
                    if (weighted)
                    {
                        w.WriteNumber("weightedCasesWithContract", c.WeightedCases);
                        w.WriteNumber("weightedDeterminedRub", c.WeightedRub);
                        w.WriteNumber("weightedUndeterminedCases", c.WeightedUndetermined);
                    }

                    w.WriteEndObject();
                }
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return CliJsonContext.WithProvenance(System.Text.Json.Nodes.JsonNode.Parse(text.ToArray())!, provenance) + "\n";
    }

    private string Markdown(RunProvenance provenance)
    {
        var md = new StringBuilder();
        md.AppendLine("# Batch summary");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"{cases:N0} cases, {invalid:N0} with errors (Invalid).");
        md.AppendLine();
        md.AppendLine("| Region | Cases | " + string.Join(" | ", Outcomes) + " |");
        md.AppendLine("|---|---:|" + string.Concat(Outcomes.Select(_ => "---:|")));
        foreach (var (region, counts) in byRegion)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {region} | {counts.Cases.Sum():N0} | {string.Join(" | ", counts.Cases.Select(n => n.ToString("N0", CultureInfo.InvariantCulture)))} |");
        }

        var all = Outcomes.Select((_, o) => byRegion.Values.Sum(c => c.Cases[o])).ToArray();
        md.AppendLine(CultureInfo.InvariantCulture, $"| **All** | {cases:N0} | {string.Join(" | ", all.Select(n => n.ToString("N0", CultureInfo.InvariantCulture)))} |");
        md.AppendLine();
        if (weighted)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"Weighted: {weightedCases:N2} (the weights of the valid cases).");
            md.AppendLine();
            md.AppendLine("| Region | Weighted | " + string.Join(" | ", Outcomes.SkipLast(1)) + " |");
            md.AppendLine("|---|---:|" + string.Concat(Outcomes.SkipLast(1).Select(_ => "---:|")));
            foreach (var (region, counts) in byRegion)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"| {region} | {counts.Weighted.Sum():N2} | {string.Join(" | ", counts.Weighted.SkipLast(1).Select(n => n.ToString("N2", CultureInfo.InvariantCulture)))} |");
            }

            md.AppendLine();
        }

        md.AppendLine(weighted ? "| Entitlement or obligation | Status | Cases | Weighted |" : "| Entitlement or obligation | Status | Cases |");
        md.AppendLine(weighted ? "|---|---|---:|---:|" : "|---|---|---:|");
        foreach (var ((kind, status), (n, weight)) in byStatus)
        {
            md.AppendLine(weighted
                ? string.Create(CultureInfo.InvariantCulture, $"| {Kind(kind)} | {status} | {n:N0} | {weight:N2} |")
                : string.Create(CultureInfo.InvariantCulture, $"| {Kind(kind)} | {status} | {n:N0} |"));
        }

        md.AppendLine();
        md.AppendLine("## Cost by region");
        md.AppendLine();
        md.AppendLine("Roubles over each contract's days in force, determined parts only; the cases a part is Undetermined for are counted, not summed as 0.");
        md.AppendLine();
        md.AppendLine(weighted
            ? "| Region | Part | Cases with a contract | Determined (RUB) | Undetermined (cases) | Weighted determined (RUB) | Weighted undetermined |"
            : "| Region | Part | Cases with a contract | Determined (RUB) | Undetermined (cases) |");
        md.AppendLine(weighted ? "|---|---|---:|---:|---:|---:|---:|" : "|---|---|---:|---:|---:|");
        foreach (var (region, sums) in costs)
        {
            for (var p = 0; p < CostParts.Length; p++)
            {
                var c = sums[p];
                md.AppendLine(weighted
                    ? string.Create(CultureInfo.InvariantCulture, $"| {region} | {CostParts[p]} | {c.Cases:N0} | {c.Rub:N2} | {c.Undetermined:N0} | {c.WeightedRub:N2} | {c.WeightedUndetermined:N2} |")
                    : string.Create(CultureInfo.InvariantCulture, $"| {region} | {CostParts[p]} | {c.Cases:N0} | {c.Rub:N2} | {c.Undetermined:N0} |"));
            }
        }

        md.AppendLine();
        md.AppendLine("## Provenance");
        md.AppendLine();
        md.AppendLine("| Fact | Value |");
        md.AppendLine("|---|---|");
        foreach (var (fact, value) in provenance.Pairs()) md.AppendLine(CultureInfo.InvariantCulture, $"| {fact} | {value.Replace("|", "\\|", StringComparison.Ordinal)} |");
        return md.ToString().ReplaceLineEndings("\n");
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
