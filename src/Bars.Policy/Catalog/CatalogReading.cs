namespace Bars.Policy.Catalog;

/// <summary>
/// A reading of claims.md (I1…I13): how the library reads the source where its text needs a reading, above all what a
/// decision means on its date. A reading is not a claim (the source does not say it): the catalogue lists readings
/// apart from the claims, each with its words from claims.md.
/// </summary>
public sealed class CatalogReading
{
    internal CatalogReading(string id, string words)
    {
        Id = id;
        Words = words;
    }

    /// <summary>The reading's id (<c>I8</c>).</summary>
    public string Id { get; }

    /// <summary>The reading's words, as claims.md puts them.</summary>
    public string Words { get; }
}
