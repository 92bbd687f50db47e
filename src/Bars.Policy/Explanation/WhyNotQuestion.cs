namespace Bars.Policy.Explanation;

/// <summary>
/// Why one outcome is not the favourable one (the enlistment not Eligible, an entitlement not Entitled), and what
/// would make it so: the changes the person can make apart from those they cannot. Compares by content.
/// </summary>
public sealed record WhyNotQuestion
{
    /// <summary>A question; only the explanations make them.</summary>
    /// <param name="current">The outcome now.</param>
    /// <param name="wanted">The favourable status.</param>
    /// <param name="byThePerson">Answers with changes the person can make.</param>
    /// <param name="notByThePerson">Answers that need a change the person cannot make.</param>
    /// <param name="summary">The answer in one sentence.</param>
    internal WhyNotQuestion(OutcomeState current, string wanted, IReadOnlyList<Counterfactual> byThePerson, IReadOnlyList<Counterfactual> notByThePerson, string summary)
    {
        Current = current;
        Wanted = wanted;
        ByThePerson = EquatableList<Counterfactual>.Of(byThePerson);
        NotByThePerson = EquatableList<Counterfactual>.Of(notByThePerson);
        Summary = summary;
    }

    /// <summary>Which outcome (see <see cref="OutcomeState.Outcome"/>).</summary>
    public string Outcome => Current.Outcome;

    /// <summary>The outcome now, with its findings.</summary>
    public OutcomeState Current { get; }

    /// <summary>The favourable status: Eligible, or Entitled.</summary>
    public string Wanted { get; }

    /// <summary>The smallest sets of changes the person can make that give <see cref="Wanted"/>: one field first, then
    /// two; time (a later date) is one of them, the earliest date within the horizon.</summary>
    public IReadOnlyList<Counterfactual> ByThePerson { get; }

    /// <summary>The smallest sets that give <see cref="Wanted"/> but need a change the person cannot make (birth
    /// date, sex, region, a health restriction, a conviction).</summary>
    public IReadOnlyList<Counterfactual> NotByThePerson { get; }

    /// <summary>The answer in one sentence: the first change the person can make, or why none will do, e.g.
    /// <c>Undetermined whatever the person changes: the source conflicts (C13)</c>.</summary>
    public string Summary { get; }

    /// <summary>The outcome and the summary.</summary>
    /// <returns>For example <c>enlistment Ineligible: Eligible from 2026-05-01, when aged 18 (C1, I3)</c>.</returns>
    public override string ToString() => $"{Outcome} {Current}: {Summary}";
}
