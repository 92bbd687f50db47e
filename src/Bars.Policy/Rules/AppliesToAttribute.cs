namespace Bars.Policy;

/// <summary>
/// Compiles a rule class into the rule set of the named regions only. A rule without it applies in every region.
/// Shipped regional rules carry it; a host's rules for its own region should too.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class AppliesToAttribute : Attribute
{
    /// <summary>Scopes the rule to <paramref name="regions"/>.</summary>
    /// <param name="regions">The regions, by name (shipped or added with <see cref="PolicyEngineOptions.AddRegion"/>).</param>
    public AppliesToAttribute(params string[] regions) => Regions = regions;

    /// <summary>The regions whose rule sets hold the rule.</summary>
    public IReadOnlyList<string> Regions { get; }
}
