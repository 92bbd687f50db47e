namespace Bars.Policy.Explanation;

/// <summary>
/// One answer to "what would have to change": the changes (one field, or two of which neither alone is enough),
/// the outcome the changed case gets, with its findings, and the answer in words. Compares by content.
/// </summary>
public sealed record Counterfactual
{
    /// <summary>An answer; only the explanations make them.</summary>
    /// <param name="changes">The changes, one or two.</param>
    /// <param name="result">The outcome of the changed case.</param>
    /// <param name="text">The answer in words.</param>
    internal Counterfactual(IReadOnlyList<CaseChange> changes, OutcomeState result, string text)
    {
        Changes = EquatableList<CaseChange>.Of(changes);
        Result = result;
        Text = text;
        ByThePerson = changes.All(c => c.ByThePerson);
    }

    /// <summary>The changes: one field, or two of which neither alone gives the outcome.</summary>
    public IReadOnlyList<CaseChange> Changes { get; }

    /// <summary>Whether the person could make every change.</summary>
    public bool ByThePerson { get; }

    /// <summary>The outcome the changed case gets, with the findings (claims, the source's words) that decide it.</summary>
    public OutcomeState Result { get; }

    /// <summary>The answer in words, e.g. <c>Eligible from 2026-05-01, when aged 18 (C1, I3)</c>.</summary>
    public string Text { get; }

    /// <summary>The case with every change made.</summary>
    /// <param name="policyCase">The case the answer was for.</param>
    /// <returns>The changed case: evaluated, it gets <see cref="Result"/>.</returns>
    public PolicyCase ApplyTo(PolicyCase policyCase)
    {
        ArgumentNullException.ThrowIfNull(policyCase);
        foreach (var change in Changes) policyCase = change.ApplyTo(policyCase);
        return policyCase;
    }

    /// <summary>The answer in words.</summary>
    /// <returns><see cref="Text"/>.</returns>
    public override string ToString() => Text;
}
