namespace Bars.Policy;

/// <summary>
/// A region's cost in one calendar month, before and after a reform (<see cref="PolicyComparison.ByMonth"/>): each
/// part of a case's cost in the month it falls in (monthly pay on its days, docs/reading.md; the one-time payment in
/// the contract's start month; injury compensation in the injury's; a repayment in the termination's), counted only
/// where determined, as <see cref="CostSummary"/> is, and split as it is: the month's
/// <c>CostAfterRub = CostBeforeRub + MeasuredChangeRub + NewlyDeterminedRub − NewlyUndeterminedRub</c>, so a rise
/// measured is never confused with money that was unknown before (or became unknown). Made by <see cref="ComparisonExtensions.Compare"/> only; compares by content.
/// </summary>
public sealed record MonthCost
{
    /// <summary>Creates the record; only the comparison makes them.</summary>
    /// <param name="month">The first day of the calendar month.</param>
    /// <param name="region">The region.</param>
    /// <param name="costBeforeRub">The determined amounts of the month under the baseline.</param>
    /// <param name="costAfterRub">The same under the reform.</param>
    /// <param name="measuredChangeRub">The month's change on the parts determined on both sides.</param>
    /// <param name="newlyDeterminedRub">The month's amounts of parts Undetermined under the baseline and determined under the reform (their value after).</param>
    /// <param name="newlyUndeterminedRub">The month's amounts of parts determined under the baseline and Undetermined under the reform (their value before).</param>
    /// <param name="undeterminedBefore">Cases with an amount in the month that is Undetermined under the baseline (left out of its sum).</param>
    /// <param name="undeterminedAfter">The same under the reform.</param>
    internal MonthCost(DateOnly month, string region, decimal costBeforeRub, decimal costAfterRub, decimal measuredChangeRub, decimal newlyDeterminedRub, decimal newlyUndeterminedRub, long undeterminedBefore, long undeterminedAfter)
    {
        Month = month;
        Region = region;
        CostBeforeRub = costBeforeRub;
        CostAfterRub = costAfterRub;
        MeasuredChangeRub = measuredChangeRub;
        NewlyDeterminedRub = newlyDeterminedRub;
        NewlyUndeterminedRub = newlyUndeterminedRub;
        UndeterminedBefore = undeterminedBefore;
        UndeterminedAfter = undeterminedAfter;
    }

    /// <summary>The first day of the calendar month.</summary>
    public DateOnly Month { get; }

    /// <summary>The region.</summary>
    public string Region { get; }

    /// <summary>The determined amounts of the month under the baseline.</summary>
    public decimal CostBeforeRub { get; }

    /// <summary>The same under the reform.</summary>
    public decimal CostAfterRub { get; }

    /// <summary>The month's change on the parts of a case determined on both sides: what the reform measurably costs that month (see <see cref="CostSummary.MeasuredChangeRub"/>).</summary>
    public decimal MeasuredChangeRub { get; }

    /// <summary>The month's amounts of parts that were Undetermined and have a value under the reform (that value): a silence filled, not a rise.</summary>
    public decimal NewlyDeterminedRub { get; }

    /// <summary>The month's amounts of parts that had a value and are Undetermined under the reform (the value before).</summary>
    public decimal NewlyUndeterminedRub { get; }

    /// <summary>Cases with an amount in the month that is Undetermined under the baseline (left out of its sum).</summary>
    public long UndeterminedBefore { get; }

    /// <summary>The same under the reform.</summary>
    public long UndeterminedAfter { get; }
}
