namespace Bars.Policy.Catalog;

/// <summary>
/// The policy as an engine runs it, described from its own rules and parameters (never by hand): what
/// <see cref="CatalogExtensions.Describe"/> answers.
/// </summary>
public sealed class PolicyCatalog
{
    internal PolicyCatalog(
        IReadOnlyList<CatalogRule> rules,
        IReadOnlyList<CatalogClaim> claims,
        IReadOnlyList<CatalogReading> readings,
        IReadOnlyList<CatalogParameter> parameters,
        IReadOnlyList<CatalogSilence> silences,
        IReadOnlyList<DisabledRule> disabledRules,
        IReadOnlyList<RegionExecution> executions,
        PolicyProvenance policy)
    {
        Policy = policy;
        Rules = rules;
        Claims = claims;
        Readings = readings;
        Parameters = parameters;
        Silences = silences;
        DisabledRules = disabledRules;
        Executions = executions;
    }

    /// <summary>The policy described: the library version and the fingerprint every decision of this engine carries.</summary>
    public PolicyProvenance Policy { get; }

    /// <summary>Every rule loaded (shipped and host), by area, then by name.</summary>
    public IReadOnlyList<CatalogRule> Rules { get; }

    /// <summary>The claims the rules rest on, each once, with the source's words.</summary>
    public IReadOnlyList<CatalogClaim> Claims { get; }

    /// <summary>The readings of claims.md the rules and their findings cite (I1…I13), each once with its words: listed
    /// apart from <see cref="Claims"/>, since a reading is the library's, not the source's.</summary>
    public IReadOnlyList<CatalogReading> Readings { get; }

    /// <summary>Every parameter value of every region: the shipped ones, then the host's.</summary>
    public IReadOnlyList<CatalogParameter> Parameters { get; }

    /// <summary>Where the policy answers Undetermined, found by evaluating probe cases in every region.</summary>
    public IReadOnlyList<CatalogSilence> Silences { get; }

    /// <summary>The rules the host switched off, per region, with its reasons.</summary>
    public IReadOnlyList<DisabledRule> DisabledRules { get; }

    /// <summary>How each region's rules run, by region: sequentially, or on Rete and why (<see cref="PolicyEngine.ExecutionOf(string)"/>).</summary>
    public IReadOnlyList<RegionExecution> Executions { get; }

    /// <summary>The catalogue for people: Markdown tables by area, the claims quoted once, the readings, parameters, silences.</summary>
    /// <returns>Markdown with <c>\n</c> line ends; for the shipped policy, exactly docs/rules.md.</returns>
    public string ToMarkdown() => CatalogMarkdown.Render(this);

    /// <summary>The catalogue for a person at a terminal: each rule by area with its regions, words and claims, then the
    /// silences; the tables, quotes and diagrams are <see cref="ToMarkdown"/>'s.</summary>
    /// <returns>Plain text, lines ending in <c>\n</c>.</returns>
    public string ToText() => Text.CatalogText.Render(this);
}
