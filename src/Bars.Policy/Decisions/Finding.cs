using System.Runtime.CompilerServices;
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
        rule = ruleId ?? throw new ArgumentNullException(nameof(ruleId));
        Claims = EquatableList<string>.Of(claims);
        words = text ?? throw new ArgumentNullException(nameof(text));
        Quote = quote ?? throw new ArgumentNullException(nameof(quote));
    }

    /// <summary>A finding of <paramref name="rule"/>: when the engine runs it, the rule's anatomy, which the finding
    /// keeps so what is derived from its rule (the parameters it read) needs no lookup by name.</summary>
    /// <param name="rule">The firing rule's definition.</param>
    /// <param name="claims">The claim ids the finding rests on.</param>
    /// <param name="text">What the rule found: its words, made when <see cref="Text"/> is first read.</param>
    /// <param name="quote">The source's words.</param>
    internal Finding(NRules.RuleModel.IRuleDefinition rule, IReadOnlyList<string> claims, Rules.FindingText text, string quote)
    {
        this.rule = rule is Engine.Anatomy.RuleAnatomy anatomy ? anatomy : rule.Name;
        Claims = EquatableList<string>.Of(claims);
        words = text.Words ?? throw new ArgumentNullException(nameof(text));
        Quote = quote ?? throw new ArgumentNullException(nameof(quote));
    }

    // The rule's anatomy, or its name when no engine's rule made the finding: one field, so pointing at the rule
    // costs a finding no bytes.
    private readonly object rule;

    // The text, or the rule's words for it until it is first read (then the text: two threads reading at once both
    // make the same string, and either may be kept).
    private object words;

    /// <summary>What a finding shared by every decision that has it keeps (its list alone, its JSON); null for one
    /// made for its case.</summary>
    internal SharedFinding? Shared { get; set; }

    /// <summary>The name of the rule that fired.</summary>
    public string RuleId => rule as string ?? Unsafe.As<Engine.Anatomy.RuleAnatomy>(rule).Name;

    /// <summary>The rule that made it, when an engine's rule did (not for a finding read from JSON or made by the
    /// engine itself); not part of the finding's value.</summary>
    internal Engine.Anatomy.RuleAnatomy? Rule => rule as Engine.Anatomy.RuleAnatomy;

    /// <summary>The claim ids (C1…C19) the finding rests on; never empty.</summary>
    public IReadOnlyList<string> Claims { get; }

    /// <summary>What the rule found for this case, in plain words.</summary>
    public string Text => words as string ?? MakeText();

    /// <summary>The source's own words, verbatim.</summary>
    public string Quote { get; }

    /// <summary>Whether <paramref name="other"/> has the same rule id, claims, text and quote.</summary>
    /// <param name="other">The finding to compare with.</param>
    /// <returns>True when every public value is equal.</returns>
    public bool Equals(Finding? other) =>
        ReferenceEquals(this, other) ||
        (other is not null && RuleId == other.RuleId && Claims.Equals(other.Claims) && Text == other.Text && Quote == other.Quote);

    /// <summary>A hash of the public values.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode() => HashCode.Combine(RuleId, Claims, Text, Quote);

    private string MakeText()
    {
        var text = Unsafe.As<Rules.FindingText.Deferred>(words).Format();
        words = text;
        return text;
    }

    /// <summary>The rule and its claims, without the text and the quote.</summary>
    /// <returns>For example <c>AgeWithinRange (C1)</c>.</returns>
    public override string ToString() => $"{RuleId} ({string.Join(", ", Claims)})";
}
