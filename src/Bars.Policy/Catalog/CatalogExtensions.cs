namespace Bars.Policy;

/// <summary>The catalogue an engine gives of its own policy (docs/rules.md is the shipped policy's).</summary>
public static class CatalogExtensions
{
    /// <summary>
    /// The catalogue of this engine's policy, described from its own rules and parameters: every rule by area and
    /// region with its claims and parameters, the claims with the source's words, the parameters' values and
    /// periods, where the answer is Undetermined and why, and the rules the host switched off.
    /// </summary>
    /// <param name="engine">The engine to describe.</param>
    /// <returns>
    /// The catalogue; <see cref="Catalog.PolicyCatalog.ToMarkdown"/> renders it for people (docs/rules.md is the
    /// shipped policy's), <see cref="PolicyJson.Write(Catalog.PolicyCatalog, bool)"/> as JSON.
    /// </returns>
    public static Catalog.PolicyCatalog Describe(this PolicyEngine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        return Catalog.CatalogBuilder.Build(engine);
    }
}
