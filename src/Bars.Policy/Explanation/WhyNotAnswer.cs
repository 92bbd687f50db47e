namespace Bars.Policy.Explanation;

/// <summary>
/// The answer to "why not, and what would have to change" for one case
/// (<see cref="ExplanationExtensions.WhyNot(PolicyEngine, PolicyCase, WhyNotOptions)"/>): a question per outcome that is not favourable,
/// and how much work it took. Compares by content.
/// </summary>
public sealed record WhyNotAnswer
{
    /// <summary>An answer; only the engine makes them.</summary>
    /// <param name="caseId">The case's identifier.</param>
    /// <param name="asOf">The case's date.</param>
    /// <param name="horizon">The last date time was tried to.</param>
    /// <param name="questions">One per outcome that is not favourable.</param>
    /// <param name="evaluations">How many evaluations it took.</param>
    /// <param name="exhausted">Whether it stopped at the evaluation budget.</param>
    /// <param name="errors">What is wrong with the case, when it is invalid.</param>
    internal WhyNotAnswer(string? caseId, DateOnly? asOf, DateOnly? horizon, IReadOnlyList<WhyNotQuestion> questions, int evaluations, bool exhausted, IReadOnlyList<ValidationError> errors)
    {
        CaseId = caseId;
        AsOf = asOf;
        Horizon = horizon;
        Questions = EquatableList<WhyNotQuestion>.Of(questions);
        Evaluations = evaluations;
        Exhausted = exhausted;
        Errors = EquatableList<ValidationError>.Of(errors);
    }

    /// <summary>The case's identifier.</summary>
    public string? CaseId { get; }

    /// <summary>The case's region, as given.</summary>
    public string? Region { get; internal init; }

    /// <summary>The case's date.</summary>
    public DateOnly? AsOf { get; }

    /// <summary>The last date a later date was tried to (the case's date plus <see cref="WhyNotOptions.HorizonYears"/>).</summary>
    public DateOnly? Horizon { get; }

    /// <summary>One per outcome that is not favourable, in decision order; empty when every one is.</summary>
    public IReadOnlyList<WhyNotQuestion> Questions { get; }

    /// <summary>How many evaluations of the case and its variations the answer took.</summary>
    public int Evaluations { get; }

    /// <summary>Whether the search stopped at <see cref="WhyNotOptions.MaxEvaluations"/>: answers may then be missing.</summary>
    public bool Exhausted { get; }

    /// <summary>What is wrong with the case; when not empty, nothing was asked.</summary>
    public IReadOnlyList<ValidationError> Errors { get; }

    /// <summary>The answer told for a person: plain text, lines ending in <c>\n</c>, the same words the <c>bars-policy</c> tool prints on a terminal.</summary>
    /// <returns>The text.</returns>
    public string ToText() => Text.WhyNotExplanation.Render(this, Region);
}
