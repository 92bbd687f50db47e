namespace Bars.Policy;

/// <summary>Something the volunteer owes, such as repaying the one-time payment after an early termination (C11).</summary>
/// <param name="Kind">What is owed.</param>
/// <param name="Status">Owed, NotOwed or Undetermined.</param>
/// <param name="AmountRub">The amount in roubles, only when Owed.</param>
/// <param name="UndeterminedReason">Why it is open; only when Undetermined.</param>
/// <param name="Findings">The rules that decided it, with claims and quotes.</param>
public sealed record ObligationDecision(
    ObligationKind Kind,
    ObligationStatus Status,
    decimal? AmountRub,
    UndeterminedReason? UndeterminedReason,
    IReadOnlyList<Finding> Findings);
