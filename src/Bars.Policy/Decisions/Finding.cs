using System.Text.Json.Serialization;

namespace Bars.Policy;

/// <summary>
/// Why a rule decided what it did: the rule, the claims of <c>claims.md</c> it rests on, a plain account of the
/// case, and the sentence of the source it comes from (verbatim). Findings compare by content.
/// </summary>
public sealed record Finding
{
    /// <summary>A finding; only rules make them.</summary>
    /// <param name="ruleId">The name of the rule that fired.</param>
    /// <param name="claims">The claim ids the finding rests on.</param>
    /// <param name="text">What the rule found.</param>
    /// <param name="quote">The source's words.</param>
    [JsonConstructor]
    internal Finding(string ruleId, IReadOnlyList<string> claims, string text, string quote)
    {
        RuleId = ruleId ?? throw new ArgumentNullException(nameof(ruleId));
        Claims = EquatableList<string>.Of(claims);
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Quote = quote ?? throw new ArgumentNullException(nameof(quote));
    }

    /// <summary>The name of the rule that fired.</summary>
    public string RuleId { get; }

    /// <summary>The claim ids (C1…C19) the finding rests on; never empty.</summary>
    public IReadOnlyList<string> Claims { get; }

    /// <summary>What the rule found for this case, in plain words.</summary>
    public string Text { get; }

    /// <summary>The source's own words, verbatim.</summary>
    public string Quote { get; }

    /// <summary>The rule and its claims, without the text and the quote.</summary>
    /// <returns>For example <c>AgeWithinRange (C1)</c>.</returns>
    public override string ToString() => $"{RuleId} ({string.Join(", ", Claims)})";
}
