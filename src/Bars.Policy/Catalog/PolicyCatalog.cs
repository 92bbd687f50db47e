namespace Bars.Policy.Catalog;

/// <summary>The policy as an engine runs it, described from its own rules and parameters (never by hand).</summary>
internal sealed record PolicyCatalog(
    IReadOnlyList<CatalogRule> Rules,
    IReadOnlyList<CatalogClaim> Claims,
    IReadOnlyList<CatalogParameter> Parameters,
    IReadOnlyList<CatalogSilence> Silences,
    IReadOnlyList<DisabledRule> DisabledRules);

/// <summary>One rule: its area, scope, what it decides, what it rests on and the parameters it uses.</summary>
internal sealed record CatalogRule(
    string Name,
    string Area,
    IReadOnlyList<string> Regions,
    string Description,
    IReadOnlyList<string> Claims,
    IReadOnlyList<string> Interpretations,
    IReadOnlyList<string> Parameters);

/// <summary>A claim a rule rests on, with the source's words.</summary>
internal sealed record CatalogClaim(string Id, string Quote);

/// <summary>A parameter's value in a region, and when it holds ("as reported" for the source's undated values).</summary>
internal sealed record CatalogParameter(string Region, string Name, decimal Value, DateOnly? EffectiveFrom, DateOnly? EffectiveTo, IReadOnlyList<string> Claims, string Quote);

/// <summary>Where the policy answers Undetermined for a member or an applicant, and why.</summary>
internal sealed record CatalogSilence(string Region, string Question, UndeterminedReason Reason, string RuleId, IReadOnlyList<string> Claims, string Text);
