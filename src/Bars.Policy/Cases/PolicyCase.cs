namespace Bars.Policy;

/// <summary>
/// One case to evaluate: an applicant or member of a BARS unit in one region, seen on one date.
/// Every field may be missing here so that bad input can be reported field by field
/// (see <see cref="PolicyDecision.Errors"/>) instead of failing on the first one. Cases compare by content.
/// </summary>
/// <param name="CaseId">The host's identifier of the case; echoed in the decision. Required.</param>
/// <param name="Region">The region whose unit the applicant joins (see <see cref="Regions"/>). Required.</param>
/// <param name="AsOf">The evaluation date: every answer is the answer on this day (phases, statuses, the rate in force);
/// enlistment is judged on it only when the case has no contract (I6). Required.</param>
/// <param name="Applicant">Who applies. Required.</param>
/// <param name="Contract">The BARS contract, when one has been signed; absent for an applicant not yet under contract.</param>
/// <param name="Injuries">Injuries, each dated (I12); absent or empty when there are none.</param>
public sealed record PolicyCase(
    string? CaseId,
    string? Region,
    DateOnly? AsOf,
    Applicant? Applicant,
    Contract? Contract = null,
    IReadOnlyList<Injury>? Injuries = null)
{
    /// <summary>Injuries, each dated (I12); absent or empty when there are none.</summary>
    public IReadOnlyList<Injury>? Injuries { get; init => field = Equatable(value); } = Equatable(Injuries);

    /// <summary>
    /// The applicant facts not known, by their JSON names (e.g. <c>healthRestriction</c>); absent for a case that states
    /// all it knows. Unknown is not no (I11): an outcome that depends on one is Undetermined (MissingInput) naming it,
    /// in <see cref="PolicyEngine.Evaluate(PolicyCase)"/> as in <see cref="ExplanationExtensions.Screen(PolicyEngine, PolicyCase)"/>. Each must be an
    /// applicant flag, listed once, and not also stated as true.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Unknown { get; init => field = value is null ? null : EquatableList<string>.Of(value); }

    // Kept as given when absent: a missing list and an empty one are different inputs to the validator.
    private static EquatableList<Injury>? Equatable(IReadOnlyList<Injury>? injuries) =>
        injuries is null ? null : EquatableList<Injury>.Of(injuries);
}
