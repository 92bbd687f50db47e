namespace Bars.Policy.Comparison;

/// <summary>One part of a case's money (<see cref="CaseCost.Parts"/>): its kind, its amount (null: Undetermined), the findings that decided it, and the calendar months it falls in.</summary>
/// <param name="Kind">The entitlement or obligation kind.</param>
/// <param name="AmountRub">The amount in roubles, negative for a repayment; 0 where none is due; null when Undetermined.</param>
/// <param name="Findings">The findings of the outcome it comes from, to name a rule.</param>
/// <param name="Months">The amount by calendar month (summing to <paramref name="AmountRub"/>), or the months an Undetermined amount falls in (each run's amount null); none for 0.</param>
internal readonly record struct CostPart(string Kind, decimal? AmountRub, IReadOnlyList<Finding> Findings, IReadOnlyList<MonthRun> Months);
