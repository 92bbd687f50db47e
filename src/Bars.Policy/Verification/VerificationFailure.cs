namespace Bars.Policy.Verification;

/// <summary>
/// One defect a verification found, with the smallest case that shows it (the fewest fields off their usual
/// class): <see cref="CaseJson"/> is ready for <c>bars-policy evaluate -</c>.
/// </summary>
/// <param name="Region">The region whose rule set has the defect.</param>
/// <param name="Check">What failed.</param>
/// <param name="Message">The defect in words, naming the rules and the outcome.</param>
/// <param name="Rules">The rules at fault, when known (both rules of a clash).</param>
/// <param name="Classes">The counterexample's classes, field by field.</param>
/// <param name="CaseJson">The counterexample as case JSON, on one line.</param>
/// <param name="Cases">How many class combinations showed this defect.</param>
public sealed record VerificationFailure(
    string Region,
    VerificationCheck Check,
    string Message,
    IReadOnlyList<string> Rules,
    string Classes,
    string CaseJson,
    long Cases)
{
    /// <summary>The rules at fault, when known (both rules of a clash).</summary>
    public IReadOnlyList<string> Rules { get; init; } = EquatableList<string>.Of(Rules);
}
