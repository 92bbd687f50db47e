namespace Bars.Policy;

/// <summary>Where the member stands in service on the evaluation date, and the region's duties.</summary>
/// <param name="Phase">No contract in force, training (days 1–21), or assigned to tasks (C4).</param>
/// <param name="TrainingEndsOn">The last day of training (day 21 of the contract), when there is a contract.</param>
/// <param name="Duties">The tasks the region's unit performs (C15–C17) and the general supplementary tasks (C18).</param>
/// <param name="Findings">The rules that decided it, with claims and quotes.</param>
public sealed record ServiceDecision(
    ServicePhase Phase,
    DateOnly? TrainingEndsOn,
    IReadOnlyList<string> Duties,
    IReadOnlyList<Finding> Findings);
