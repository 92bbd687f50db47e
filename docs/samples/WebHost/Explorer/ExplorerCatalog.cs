using Bars.Policy.Catalog;

namespace Bars.Policy.Samples.WebHost.Explorer;

/// <summary>
/// The engine's catalogue (<see cref="PolicyEngine.Describe"/>, what <c>bars-policy rules</c> prints), described once:
/// describing evaluates probe cases, and the engine it describes does not change while the host runs.
/// </summary>
internal sealed class ExplorerCatalog
{
    private readonly Lazy<(PolicyCatalog Catalog, IReadOnlyDictionary<string, string> Quotes)> described;

    public ExplorerCatalog(PolicyEngine engine) => described = new(() =>
    {
        var catalog = engine.Describe();
        return (catalog, catalog.Claims.ToDictionary(c => c.Id, c => c.Quote, StringComparer.Ordinal));
    });

    /// <summary>The catalogue.</summary>
    public PolicyCatalog Catalog => described.Value.Catalog;

    /// <summary>The source's words for a claim id the rules rest on, or null for an id the catalogue does not list.</summary>
    public string? QuoteOf(string claimId) => described.Value.Quotes.GetValueOrDefault(claimId);

    /// <summary>Whether the catalogue page has an entry to link <paramref name="claimId"/> to.</summary>
    public bool Lists(string claimId) => described.Value.Quotes.ContainsKey(claimId);
}
