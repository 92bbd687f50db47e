using System.Globalization;
using System.Text;
using Bars.Policy.Catalog;

namespace Bars.Policy.Text;

/// <summary>The catalogue for a person at a terminal (<see cref="PolicyCatalog.ToText"/>): each rule by area with its
/// regions, words and claims, then the silences; no tables or diagrams (those are docs/rules.md's, <c>--format md</c>).</summary>
internal static class CatalogText
{
    public static string Render(PolicyCatalog catalog)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Rule catalogue: Bars.Policy {catalog.Policy.LibraryVersion}, fingerprint {catalog.Policy.Fingerprint}");
        foreach (var area in catalog.Rules.GroupBy(r => r.Area))
        {
            text.AppendLine();
            text.AppendLine(area.Key);
            foreach (var r in area)
            {
                var claims = string.Join(", ", r.Claims.Concat(r.Interpretations));
                text.AppendLine(CultureInfo.InvariantCulture, $"  {r.Name} ({string.Join(", ", r.Regions)}) [{claims}]");
                text.AppendLine(CultureInfo.InvariantCulture, $"    {r.Description}");
                if (r.Parameters.Count > 0) text.AppendLine(CultureInfo.InvariantCulture, $"    reads {string.Join(", ", r.Parameters)}");
            }
        }

        if (catalog.Silences.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("Where the answer is Undetermined");
            foreach (var s in catalog.Silences) text.AppendLine(CultureInfo.InvariantCulture, $"  {s.Region}, {s.Question}: {s.Reason} ({s.RuleId}; {string.Join(", ", s.Claims)})");
        }

        if (catalog.DisabledRules.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("Rules switched off by the host");
            foreach (var d in catalog.DisabledRules) text.AppendLine(CultureInfo.InvariantCulture, $"  {d.Region}, {d.RuleName}: {d.Reason}");
        }

        return DecisionExplanation.Lines(text);
    }
}
