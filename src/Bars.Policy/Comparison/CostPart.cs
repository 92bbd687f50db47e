namespace Bars.Policy.Comparison;

/// <summary>One part of a case's money (<see cref="CaseCost.Parts"/>): its kind, its amount (null: Undetermined), and the findings that decided it.</summary>
/// <param name="Kind">The entitlement or obligation kind.</param>
/// <param name="AmountRub">The amount in roubles, negative for a repayment; 0 where none is due; null when Undetermined.</param>
/// <param name="Findings">The findings of the outcome it comes from, to name a rule.</param>
internal readonly record struct CostPart(string Kind, decimal? AmountRub, IReadOnlyList<Finding> Findings);
