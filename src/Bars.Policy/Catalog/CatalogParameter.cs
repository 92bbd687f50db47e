namespace Bars.Policy.Catalog;

/// <summary>A parameter's value in a region, and when it holds (neither date for the source's undated values).</summary>
public sealed class CatalogParameter
{
    internal CatalogParameter(string region, string name, decimal value, DateOnly? effectiveFrom, DateOnly? effectiveTo, IReadOnlyList<string> claims, string quote)
    {
        Region = region;
        Name = name;
        Value = value;
        EffectiveFrom = effectiveFrom;
        EffectiveTo = effectiveTo;
        Claims = claims;
        Quote = quote;
    }

    /// <summary>The region the value holds in.</summary>
    public string Region { get; }

    /// <summary>The parameter's name (a <see cref="Parameter"/>).</summary>
    public string Name { get; }

    /// <summary>The value.</summary>
    public decimal Value { get; }

    /// <summary>The first day it holds; null when undated (as reported) or from the start.</summary>
    public DateOnly? EffectiveFrom { get; }

    /// <summary>The last day it holds; null for an open end.</summary>
    public DateOnly? EffectiveTo { get; }

    /// <summary>The claims (or a host's citation id) the value rests on.</summary>
    public IReadOnlyList<string> Claims { get; }

    /// <summary>The words the value is taken from.</summary>
    public string Quote { get; }
}
