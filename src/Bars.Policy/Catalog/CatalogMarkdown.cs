using System.Globalization;
using System.Text;

namespace Bars.Policy.Catalog;

/// <summary>The catalogue for people: Markdown tables by area, the claims quoted once, parameters, silences.</summary>
internal static class CatalogMarkdown
{
    public static string Render(PolicyCatalog catalog)
    {
        var md = new StringBuilder();
        md.AppendLine("# Rule catalogue");
        md.AppendLine();
        md.AppendLine("Generated from the rules' own metadata and parameters by `bars-policy rules --format md`; a test fails when");
        md.AppendLine("this file differs from what the rules say. Do not edit it by hand. Claim ids refer to");
        md.AppendLine("[sources/claims.md](sources/claims.md); so do the readings (I1–I13), which are the library's, not the source's:");
        md.AppendLine("a rule's Claims column names both, and the readings are listed apart below with their words.");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Policy: Bars.Policy {catalog.Policy.LibraryVersion}, fingerprint `{catalog.Policy.Fingerprint}` (every decision of this");
        md.AppendLine("configuration carries the same `policy`).");
        foreach (var area in catalog.Rules.GroupBy(r => r.Area))
        {
            md.AppendLine();
            md.AppendLine(CultureInfo.InvariantCulture, $"## {area.Key}");
            md.AppendLine();
            md.AppendLine("| Rule | Regions | What it decides | Claims | Parameters |");
            md.AppendLine("|---|---|---|---|---|");
            foreach (var r in area)
            {
                var claims = string.Join(", ", r.Claims.Concat(r.Interpretations));
                md.AppendLine(CultureInfo.InvariantCulture, $"| `{r.Name}` | {string.Join(", ", r.Regions)} | {Cell(r.Description)} | {Cell(claims)} | {string.Join(", ", r.Parameters)} |");
            }

            Graph(md, area.ToArray());
        }

        md.AppendLine();
        md.AppendLine("## Claims the rules rest on");
        md.AppendLine();
        md.AppendLine("| Claim | The source's words |");
        md.AppendLine("|---|---|");
        foreach (var c in catalog.Claims) md.AppendLine(CultureInfo.InvariantCulture, $"| {c.Id} | “{Cell(c.Quote)}” |");

        md.AppendLine();
        md.AppendLine("## Readings the rules rest on");
        md.AppendLine();
        md.AppendLine("Not claims: how the library reads the source where its text needs a reading (claims.md, Interpretations and Time).");
        md.AppendLine();
        md.AppendLine("| Reading | claims.md's words |");
        md.AppendLine("|---|---|");
        foreach (var r in catalog.Readings) md.AppendLine(CultureInfo.InvariantCulture, $"| {r.Id} | {Cell(r.Words)} |");

        md.AppendLine();
        md.AppendLine("## Parameters");
        md.AppendLine();
        md.AppendLine("| Region | Parameter | Value | In force | Source |");
        md.AppendLine("|---|---|---:|---|---|");
        foreach (var p in catalog.Parameters)
        {
            var period = p.EffectiveFrom is null && p.EffectiveTo is null
                ? "as reported (I5)"
                : $"{p.EffectiveFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…"} to {p.EffectiveTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "open end"}";
            md.AppendLine(CultureInfo.InvariantCulture, $"| {p.Region} | {p.Name} | {p.Value.ToString("N0", CultureInfo.InvariantCulture)} | {period} | {string.Join(", ", p.Claims)} |");
        }

        md.AppendLine();
        md.AppendLine("## Where the answer is Undetermined");
        md.AppendLine();
        md.AppendLine("Found by evaluating probe cases in every region: an eligible member in the term of a 12-month contract (a public");
        md.AppendLine("official, injured on duty), the same member after ending it early (by himself, then by the unit), and applicants");
        md.AppendLine("the enlistment rules may leave open.");
        md.AppendLine();
        md.AppendLine("| Region | Question | Reason | Rule | Claims | Why |");
        md.AppendLine("|---|---|---|---|---|---|");
        foreach (var s in catalog.Silences)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {s.Region} | {s.Question} | {s.Reason} | `{s.RuleId}` | {string.Join(", ", s.Claims)} | {Cell(s.Text)} |");
        }

        if (catalog.DisabledRules.Count > 0)
        {
            md.AppendLine();
            md.AppendLine("## Rules switched off by the host");
            md.AppendLine();
            md.AppendLine("| Region | Rule | Reason |");
            md.AppendLine("|---|---|---|");
            foreach (var d in catalog.DisabledRules) md.AppendLine(CultureInfo.InvariantCulture, $"| {d.Region} | `{d.RuleName}` | {Cell(d.Reason)} |");
        }

        md.AppendLine();
        md.AppendLine("## How each region runs");
        md.AppendLine();
        md.AppendLine("Sequential: the rules compiled into one plan run in NRules' agenda order; Rete: an NRules session per case.");
        md.AppendLine("Both decide alike; a region whose rules the sequential plan cannot run says why.");
        md.AppendLine();
        md.AppendLine("| Region | Execution | Why |");
        md.AppendLine("|---|---|---|");
        foreach (var e in catalog.Executions) md.AppendLine(CultureInfo.InvariantCulture, $"| {e.Region} | {e.Execution} | {Cell(e.Reason ?? "")} |");

        return md.ToString().ReplaceLineEndings("\n");
    }

    // Claim -> rule -> what it decides, and parameter -> rule, as a Mermaid flowchart (GitHub renders it): the
    // nodes first (claims round, parameters slanted, outcomes hexagons), then the edges.
    private static void Graph(StringBuilder md, CatalogRule[] rules)
    {
        var nodes = new StringBuilder();
        var edges = new StringBuilder();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        string Node(string key, string label, string open, string close)
        {
            if (ids.TryGetValue(key, out var id)) return id;
            id = $"n{ids.Count}";
            ids.Add(key, id);
            nodes.Append(CultureInfo.InvariantCulture, $"  {id}{open}\"{label.Replace("\"", "'", StringComparison.Ordinal)}\"{close}\n");
            return id;
        }

        foreach (var r in rules)
        {
            var rule = Node("rule:" + r.Name, r.Name, "[", "]");
            foreach (var claim in r.Claims.Concat(r.Interpretations)) edges.Append(CultureInfo.InvariantCulture, $"  {Node("claim:" + claim, claim, "(", ")")} --> {rule}\n");
            foreach (var p in r.Parameters) edges.Append(CultureInfo.InvariantCulture, $"  {Node("parameter:" + p, p, "[/", "/]")} -.-> {rule}\n");
            foreach (var outcome in r.Decides) edges.Append(CultureInfo.InvariantCulture, $"  {rule} --> {Node("outcome:" + outcome, outcome, "{{", "}}")}\n");
        }

        md.AppendLine();
        md.AppendLine("```mermaid");
        md.AppendLine("flowchart LR");
        md.Append(nodes).Append(edges);
        md.AppendLine("```");
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
