namespace Bars.Policy;

/// <summary>
/// A region's cost in one calendar month, before and after a reform (<see cref="PolicyComparison.ByMonth"/>): each
/// part of a case's cost in the month it falls in (monthly pay on its days, docs/reading.md; the one-time payment in
/// the contract's start month; injury compensation in the injury's; a repayment in the termination's), counted only
/// where determined, as <see cref="CostSummary"/> is. Made by <see cref="ComparisonExtensions.Compare"/> only; compares by content.
/// </summary>
public sealed record MonthCost
{
    /// <summary>Creates the record; only the comparison makes them.</summary>
    /// <param name="month">The first day of the calendar month.</param>
    /// <param name="region">The region.</param>
    /// <param name="costBeforeRub">The determined amounts of the month under the baseline.</param>
    /// <param name="costAfterRub">The same under the reform.</param>
    /// <param name="undeterminedBefore">Cases with an amount in the month that is Undetermined under the baseline (left out of its sum).</param>
    /// <param name="undeterminedAfter">The same under the reform.</param>
    internal MonthCost(DateOnly month, string region, decimal costBeforeRub, decimal costAfterRub, long undeterminedBefore, long undeterminedAfter)
    {
        Month = month;
        Region = region;
        CostBeforeRub = costBeforeRub;
        CostAfterRub = costAfterRub;
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

    /// <summary>Cases with an amount in the month that is Undetermined under the baseline (left out of its sum).</summary>
    public long UndeterminedBefore { get; }

    /// <summary>The same under the reform.</summary>
    public long UndeterminedAfter { get; }
}
