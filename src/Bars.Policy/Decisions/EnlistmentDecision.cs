namespace Bars.Policy;

/// <summary>Whether the applicant may join the region's BARS unit, and why.</summary>
/// <param name="Outcome">Eligible, Ineligible or Undetermined.</param>
/// <param name="UndeterminedReason">Why the source does not decide; set only when <paramref name="Outcome"/> is Undetermined.</param>
/// <param name="Findings">Every enlistment rule that fired, in firing order.</param>
public sealed record EnlistmentDecision(
    EnlistmentOutcome Outcome,
    UndeterminedReason? UndeterminedReason,
    IReadOnlyList<Finding> Findings);
