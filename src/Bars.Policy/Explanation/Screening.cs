namespace Bars.Policy.Explanation;

/// <summary>
/// A case screened with the applicant facts it lists as unknown (<see cref="PolicyCase.Unknown"/>;
/// <see cref="ExplanationExtensions.Screen(PolicyEngine, PolicyCase)"/>): per outcome, certain or depending on which unknowns, and the
/// unknowns to ask about next, ranked. Compares by content.
/// </summary>
public sealed record Screening
{
    /// <summary>A screening; only the engine makes them.</summary>
    /// <param name="caseId">The case's identifier.</param>
    /// <param name="asOf">The case's date.</param>
    /// <param name="unknown">The unknown facts.</param>
    /// <param name="outcomes">Every outcome.</param>
    /// <param name="nextQuestions">The unknowns, best first.</param>
    /// <param name="evaluations">How many evaluations it took.</param>
    /// <param name="errors">What is wrong with the case, when it is invalid.</param>
    internal Screening(string? caseId, DateOnly? asOf, IReadOnlyList<string> unknown, IReadOnlyList<ScreenedOutcome> outcomes, IReadOnlyList<NextQuestion> nextQuestions, int evaluations, IReadOnlyList<ValidationError> errors)
    {
        CaseId = caseId;
        AsOf = asOf;
        Unknown = EquatableList<string>.Of(unknown);
        Outcomes = EquatableList<ScreenedOutcome>.Of(outcomes);
        NextQuestions = EquatableList<NextQuestion>.Of(nextQuestions);
        Evaluations = evaluations;
        Errors = EquatableList<ValidationError>.Of(errors);
    }

    /// <summary>The case's identifier.</summary>
    public string? CaseId { get; }

    /// <summary>The case's region, as given.</summary>
    public string? Region { get; internal init; }

    /// <summary>The case's date.</summary>
    public DateOnly? AsOf { get; }

    /// <summary>The facts the case lists as unknown, in its order.</summary>
    public IReadOnlyList<string> Unknown { get; }

    /// <summary>Every outcome of the decision, in decision order; empty for an invalid case.</summary>
    public IReadOnlyList<ScreenedOutcome> Outcomes { get; }

    /// <summary>The unknowns some outcome turns on, ranked by how many open outcomes their answer settles (see
    /// <see cref="NextQuestion.Settles"/>); an unknown that can change nothing for the case is left out.</summary>
    public IReadOnlyList<NextQuestion> NextQuestions { get; }

    /// <summary>How many evaluations it took: one per combination of the unknowns' answers (2 to the number of unknowns).</summary>
    public int Evaluations { get; }

    /// <summary>What is wrong with the case; when not empty, nothing was screened.</summary>
    public IReadOnlyList<ValidationError> Errors { get; }

    /// <summary>The screening told for a person: plain text, lines ending in <c>\n</c>, the same words the <c>bars-policy</c> tool prints on a terminal.</summary>
    /// <returns>The text.</returns>
    public string ToText() => Text.ScreeningExplanation.Render(this);
}
