namespace Bars.Policy;

/// <summary>
/// Why a rule decided what it did: the rule, the claims of <c>claims.md</c> it rests on, a plain account of the
/// case, and the sentence of the source it comes from (verbatim).
/// </summary>
/// <param name="RuleId">The name of the rule that fired.</param>
/// <param name="Claims">The claim ids (C1…C19) the finding rests on; never empty.</param>
/// <param name="Text">What the rule found for this case, in plain words.</param>
/// <param name="Quote">The source's own words, verbatim.</param>
public sealed record Finding(string RuleId, IReadOnlyList<string> Claims, string Text, string Quote);
