using Bars.Policy.Catalog;

namespace Bars.Policy.Samples.WebHost.Explorer;

/// <summary>
/// The engine's catalogue (<see cref="PolicyEngine.Describe"/>, what <c>bars-policy rules</c> prints), described once:
/// describing evaluates probe cases, and the engine it describes does not change while the host runs.
/// </summary>
internal sealed class ExplorerCatalog
{
    private readonly Lazy<Described> described;

    public ExplorerCatalog(PolicyEngine engine) => described = new(() =>
    {
        var catalog = engine.Describe();
        return new Described(
            catalog,
            catalog.Claims.ToDictionary(c => c.Id, c => c.Quote, StringComparer.Ordinal),
            catalog.Readings.Select(r => r.Id).ToHashSet(StringComparer.Ordinal),
            catalog.Rules.Select(r => r.Name).ToHashSet(StringComparer.Ordinal));
    });

    /// <summary>The catalogue.</summary>
    public PolicyCatalog Catalog => described.Value.Catalog;

    /// <summary>The source's words for a claim id the rules rest on, or null for an id the catalogue does not list.</summary>
    public string? QuoteOf(string claimId) => described.Value.Quotes.GetValueOrDefault(claimId);

    /// <summary>The catalogue page's entry for a citation: <c>claim-C12</c> for a claim, <c>reading-I11</c> for a
    /// reading of the source (findings cite readings where the source has no words for a time answer); null for an id
    /// the catalogue does not list.</summary>
    public string? AnchorOf(string citation) =>
        described.Value.Quotes.ContainsKey(citation) ? $"claim-{citation}"
        : described.Value.Readings.Contains(citation) ? $"reading-{citation}"
        : null;

    /// <summary>Whether the catalogue page has a row for the rule <paramref name="ruleId"/> (the engine's own step for
    /// unknown facts, I11, is not a rule of the policy and has none).</summary>
    public bool ListsRule(string ruleId) => described.Value.Rules.Contains(ruleId);

    private sealed record Described(PolicyCatalog Catalog, IReadOnlyDictionary<string, string> Quotes, IReadOnlySet<string> Readings, IReadOnlySet<string> Rules);
}
