namespace Bars.Policy;

/// <summary>One entitlement of a member: whether it is due, and how much when it is an amount.</summary>
/// <param name="Kind">What the entitlement is.</param>
/// <param name="Status">Entitled, NotEntitled or Undetermined.</param>
/// <param name="AmountRub">The amount in roubles, only for an Entitled payment.</param>
/// <param name="Period">How often the amount is paid, only with an amount.</param>
/// <param name="UndeterminedReason">Why it is open; only when Undetermined.</param>
/// <param name="Findings">The rules that decided it, with claims and quotes.</param>
public sealed record EntitlementDecision(
    EntitlementKind Kind,
    EntitlementStatus Status,
    decimal? AmountRub,
    PaymentPeriod? Period,
    UndeterminedReason? UndeterminedReason,
    IReadOnlyList<Finding> Findings);
