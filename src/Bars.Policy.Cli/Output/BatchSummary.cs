using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Bars.Policy.Cli.Output;

/// <summary>
/// <c>batch --summary summary.json|.md</c>: the batch's totals, by region × enlistment outcome (a case with errors
/// counts as <c>Invalid</c>, under the region it names when that can be read) and by entitlement or obligation
/// kind × status. Memory holds the counts only.
/// </summary>
internal sealed class BatchSummary
{
    /// <summary>The region of a case whose region cannot be read.</summary>
    public const string UnknownRegion = "(unread)";

    private static readonly string[] Outcomes = [.. Enum.GetNames<EnlistmentOutcome>(), "Invalid"];

    private readonly SortedDictionary<string, long[]> byRegion = new(StringComparer.Ordinal);
    private readonly SortedDictionary<(int Kind, string Status), long> byStatus = [];
    private long cases, invalid;

    /// <summary>What one answer adds to the totals, made in the worker.</summary>
    /// <param name="Region">The region, or <see cref="UnknownRegion"/>.</param>
    /// <param name="Outcome">The index of the outcome in the columns (Invalid last).</param>
    /// <param name="Statuses">Each entitlement kind's status, then each obligation kind's; empty for an invalid case.</param>
    internal readonly record struct Key(string Region, int Outcome, string[] Statuses);

    /// <summary>The key of one decision.</summary>
    /// <param name="d">The decision.</param>
    /// <returns>What it adds.</returns>
    public static Key KeyOf(PolicyDecision d)
    {
        var region = d.Region ?? UnknownRegion;
        if (!d.IsValid) return new Key(region, Outcomes.Length - 1, []);
        var statuses = new string[d.Entitlements.Count + d.Obligations.Count];
        var i = 0;
        foreach (var e in d.Entitlements) statuses[i++] = e.Status.ToString();
        foreach (var o in d.Obligations) statuses[i++] = o.Status.ToString();
        return new Key(region, (int)d.Enlistment!.Outcome, statuses);
    }

    public void Add(Key key)
    {
        cases++;
        if (key.Outcome == Outcomes.Length - 1) invalid++;
        if (!byRegion.TryGetValue(key.Region, out var counts)) byRegion.Add(key.Region, counts = new long[Outcomes.Length]);
        counts[key.Outcome]++;
        for (var k = 0; k < key.Statuses.Length; k++)
        {
            var status = (k, key.Statuses[k]);
            byStatus[status] = byStatus.GetValueOrDefault(status) + 1;
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
            w.WriteStartArray("byRegion");
            foreach (var (region, counts) in byRegion)
            {
                w.WriteStartObject();
                w.WriteString("region", region);
                w.WriteNumber("cases", counts.Sum());
                for (var o = 0; o < Outcomes.Length; o++) w.WriteNumber(Camel(Outcomes[o]), counts[o]);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("byStatus");
            foreach (var ((kind, status), n) in byStatus)
            {
                w.WriteStartObject();
                w.WriteString("kind", Kind(kind));
                w.WriteString("status", status);
                w.WriteNumber("cases", n);
                w.WriteEndObject();
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
            md.AppendLine(CultureInfo.InvariantCulture, $"| {region} | {counts.Sum():N0} | {string.Join(" | ", counts.Select(n => n.ToString("N0", CultureInfo.InvariantCulture)))} |");
        }

        var all = Outcomes.Select((_, o) => byRegion.Values.Sum(c => c[o])).ToArray();
        md.AppendLine(CultureInfo.InvariantCulture, $"| **All** | {cases:N0} | {string.Join(" | ", all.Select(n => n.ToString("N0", CultureInfo.InvariantCulture)))} |");
        md.AppendLine();
        md.AppendLine("| Entitlement or obligation | Status | Cases |");
        md.AppendLine("|---|---|---:|");
        foreach (var ((kind, status), n) in byStatus) md.AppendLine(CultureInfo.InvariantCulture, $"| {Kind(kind)} | {status} | {n:N0} |");
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
