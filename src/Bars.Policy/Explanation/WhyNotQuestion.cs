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
    /// <param name="prospective">For a non-member's entitlement, the answer with a contract in force.</param>
    internal WhyNotQuestion(OutcomeState current, string wanted, IReadOnlyList<Counterfactual> byThePerson, IReadOnlyList<Counterfactual> notByThePerson, string summary, Counterfactual? prospective = null)
    {
        Prospective = prospective;
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

    /// <summary>
    /// For an entitlement of someone who is not a member on the case's date (no contract, a contract not begun or
    /// over, an applicant Ineligible under it), the prospective answer (I7): the entitlement with a contract in force,
    /// favourable or not, e.g. <c>Entitled 40,000/Month with a contract in force (C9)</c> or
    /// <c>Undetermined (SourceSilent) with a contract in force (C6)</c>. Null for a member, for the enlistment, and
    /// where the answer depends on the contract's length (the lengths are then among <see cref="ByThePerson"/>). The
    /// contract is taken in force from the earliest day the person can enlist: the case's date, a contract's start,
    /// or when enlistment is barred the first day a route lifts the bar (a birthday). Its changes made to the case
    /// give its result; they need not be the smallest (a contract alone may do), so it is not among the routes.
    /// </summary>
    public Counterfactual? Prospective { get; }

    /// <summary>The answer in one sentence, never a change the person cannot make: for a non-member the prospective
    /// answer when it is favourable; else the first change the person can make; else what a contract in force would
    /// give, or why no change will do, e.g.
    /// <c>Undetermined whatever the person changes: the source conflicts (C13)</c>.</summary>
    public string Summary { get; }

    /// <summary>The outcome and the summary.</summary>
    /// <returns>For example <c>enlistment Ineligible: Eligible from 2026-05-01, when aged 18 (C1, I3)</c>.</returns>
    public override string ToString() => $"{Outcome} {Current}: {Summary}";
}
