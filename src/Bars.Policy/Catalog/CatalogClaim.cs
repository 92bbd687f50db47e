namespace Bars.Policy.Catalog;

/// <summary>A claim a rule rests on, with the source's words.</summary>
public sealed class CatalogClaim
{
    internal CatalogClaim(string id, string quote)
    {
        Id = id;
        Quote = quote;
    }

    /// <summary>The claim's id (<c>C9</c>).</summary>
    public string Id { get; }

    /// <summary>The source's words, verbatim.</summary>
    public string Quote { get; }
}
