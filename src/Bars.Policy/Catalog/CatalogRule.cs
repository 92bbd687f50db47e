namespace Bars.Policy.Catalog;

/// <summary>One rule of a <see cref="PolicyCatalog"/>: its area, scope, what it decides, what it rests on and the parameters it uses.</summary>
public sealed class CatalogRule
{
    internal CatalogRule(string name, string area, IReadOnlyList<string> regions, string description, IReadOnlyList<string> claims, IReadOnlyList<string> interpretations, IReadOnlyList<string> parameters, IReadOnlyList<string> decides)
    {
        Decides = decides;
        Name = name;
        Area = area;
        Regions = regions;
        Description = description;
        Claims = claims;
        Interpretations = interpretations;
        Parameters = parameters;
    }

    /// <summary>The rule's name, as findings give it (<c>Payment.MonthlyPayAtRegionalRate</c>).</summary>
    public string Name { get; }

    /// <summary>The part of the policy: the name's prefix (Enlistment, Payment, …), or Host for a host's rule without one.</summary>
    public string Area { get; }

    /// <summary>The regions the rule applies in; <c>all</c> when it is not scoped.</summary>
    public IReadOnlyList<string> Regions { get; }

    /// <summary>What the rule decides.</summary>
    public string Description { get; }

    /// <summary>The claim ids (or a host's citation ids) the rule rests on.</summary>
    public IReadOnlyList<string> Claims { get; }

    /// <summary>The interpretations (I1–I5 of claims.md) the rule relies on.</summary>
    public IReadOnlyList<string> Interpretations { get; }

    /// <summary>The names of the parameters the rule reads.</summary>
    public IReadOnlyList<string> Parameters { get; }

    /// <summary>What the rule decides, read off its actions: entitlement and obligation kinds, or
    /// <c>enlistment condition</c>, <c>enlistment outcome</c>, <c>every entitlement</c>, <c>service phase</c>, <c>duties</c>.</summary>
    public IReadOnlyList<string> Decides { get; }
}
