using System.Text.Json.Serialization;

namespace Bars.Policy;

/// <summary>
/// One number of the policy with where it comes from. Rules compute only with these, so every number in a decision
/// leads back to a sentence of the source (or to a host's citation); each outcome of a decision lists the ones its
/// rules read (<see cref="EntitlementDecision.Parameters"/>). Shipped values carry no dates (I5); a host's values
/// hold from <see cref="EffectiveFrom"/> to <see cref="EffectiveTo"/> inclusive. Compares by content.
/// </summary>
public sealed record ParameterValue
{
    /// <summary>A value of a parameter; only the engine (and the JSON reader) make them.</summary>
    /// <param name="name">Which number of the policy.</param>
    /// <param name="value">The value: roubles for amounts, completed years for ages, days or months for durations.</param>
    /// <param name="citation">Where it comes from: a claim of the source, or the host's citation.</param>
    /// <param name="effectiveFrom">The first day it holds; null for a shipped value (no date, I5).</param>
    /// <param name="effectiveTo">The last day it holds; null when open-ended.</param>
    [JsonConstructor]
    internal ParameterValue(Parameter name, decimal value, SourceCitation citation, DateOnly? effectiveFrom = null, DateOnly? effectiveTo = null)
    {
        Name = name;
        Value = value;
        Citation = citation ?? throw new ArgumentNullException(nameof(citation));
        EffectiveFrom = effectiveFrom;
        EffectiveTo = effectiveTo;
    }

    /// <summary>Which number of the policy.</summary>
    public Parameter Name { get; }

    /// <summary>The value: roubles for amounts, completed years for ages, days or months for durations.</summary>
    public decimal Value { get; }

    /// <summary>The first day the value holds; null for a shipped value, which the source does not date (I5).</summary>
    public DateOnly? EffectiveFrom { get; }

    /// <summary>The last day the value holds, inclusive; null when open-ended.</summary>
    public DateOnly? EffectiveTo { get; }

    /// <summary>Where the value comes from: a claim of the source (<c>C9</c>) or the host's citation, with its words.</summary>
    public SourceCitation Citation { get; }

    internal int AsInt => (int)Value;

    internal bool InForceOn(DateOnly day) =>
        (EffectiveFrom is not { } from || from <= day) && (EffectiveTo is not { } to || day <= to);

    /// <summary>The name, the value, its citation and its period when it has one.</summary>
    /// <returns>For example <c>MonthlyPayRub 40,000 (C9)</c> or <c>MonthlyPayRub 50,000 (Kursk order 17/2025, 2025-01-01..)</c>.</returns>
    public override string ToString()
    {
        var period = EffectiveFrom is null && EffectiveTo is null ? "" : $", {DecisionText.Date(EffectiveFrom)}..{(EffectiveTo is { } to ? DecisionText.Date(to) : "")}";
        return $"{Name} {DecisionText.Amount(Value)} ({Citation.Id}{period})";
    }
}
