namespace Bars.Policy;

/// <summary>
/// The cost over a window of whole calendar months, a budget period (<see cref="PolicyComparison.CostIn"/>): the
/// months of <see cref="PolicyComparison.ByMonth"/> in the window summed, overall and per region, split as the totals
/// are. Compares by content.
/// </summary>
public sealed record PeriodCost
{
    /// <summary>Creates the record; only <see cref="PolicyComparison.CostIn"/> makes them.</summary>
    /// <param name="from">The first day of the window's first month.</param>
    /// <param name="to">The last day of its last month.</param>
    /// <param name="total">All regions.</param>
    /// <param name="byRegion">Each region compared, in the comparison's order (one with no amount in the window sums to 0: none of its money falls there).</param>
    internal PeriodCost(DateOnly from, DateOnly to, PeriodTotal total, IReadOnlyList<PeriodTotal> byRegion)
    {
        From = from;
        To = to;
        Total = total;
        ByRegion = EquatableList<PeriodTotal>.Of(byRegion);
    }

    /// <summary>The first day of the window's first month.</summary>
    public DateOnly From { get; }

    /// <summary>The last day of its last month.</summary>
    public DateOnly To { get; }

    /// <summary>All regions.</summary>
    public PeriodTotal Total { get; }

    /// <summary>Each region compared, in the comparison's order (one with no amount in the window sums to 0: none of its money falls there).</summary>
    public IReadOnlyList<PeriodTotal> ByRegion { get; }
}

/// <summary>
/// A region's (or all regions') cost over a <see cref="PeriodCost"/> window: the determined amounts of its months,
/// with <c>CostAfterRub = CostBeforeRub + MeasuredChangeRub + NewlyDeterminedRub − NewlyUndeterminedRub</c> as each
/// month has. Compares by content.
/// </summary>
public sealed record PeriodTotal
{
    /// <summary>Creates the record; only <see cref="PolicyComparison.CostIn"/> makes them.</summary>
    /// <param name="region">The region; null for all regions.</param>
    /// <param name="costBeforeRub">The determined amounts of the window's months under the baseline.</param>
    /// <param name="costAfterRub">The same under the reform.</param>
    /// <param name="measuredChangeRub">The change on the parts determined on both sides.</param>
    /// <param name="newlyDeterminedRub">The amounts Undetermined under the baseline and determined under the reform (their value after).</param>
    /// <param name="newlyUndeterminedRub">The amounts determined under the baseline and Undetermined under the reform (their value before).</param>
    /// <param name="undeterminedCaseMonthsBefore">Case-months with an Undetermined amount under the baseline.</param>
    /// <param name="undeterminedCaseMonthsAfter">The same under the reform.</param>
    internal PeriodTotal(string? region, decimal costBeforeRub, decimal costAfterRub, decimal measuredChangeRub, decimal newlyDeterminedRub, decimal newlyUndeterminedRub, long undeterminedCaseMonthsBefore, long undeterminedCaseMonthsAfter)
    {
        Region = region;
        CostBeforeRub = costBeforeRub;
        CostAfterRub = costAfterRub;
        MeasuredChangeRub = measuredChangeRub;
        NewlyDeterminedRub = newlyDeterminedRub;
        NewlyUndeterminedRub = newlyUndeterminedRub;
        UndeterminedCaseMonthsBefore = undeterminedCaseMonthsBefore;
        UndeterminedCaseMonthsAfter = undeterminedCaseMonthsAfter;
    }

    /// <summary>The region; null for all regions.</summary>
    public string? Region { get; }

    /// <summary>The determined amounts of the window's months under the baseline.</summary>
    public decimal CostBeforeRub { get; }

    /// <summary>The same under the reform.</summary>
    public decimal CostAfterRub { get; }

    /// <summary>The change on the parts determined on both sides: what the reform measurably costs in the window.</summary>
    public decimal MeasuredChangeRub { get; }

    /// <summary>The amounts Undetermined under the baseline and determined under the reform (their value after): a silence filled, not a rise.</summary>
    public decimal NewlyDeterminedRub { get; }

    /// <summary>The amounts determined under the baseline and Undetermined under the reform (their value before).</summary>
    public decimal NewlyUndeterminedRub { get; }

    /// <summary>
    /// Case-months with an Undetermined amount under the baseline: each month's <see cref="MonthCost.UndeterminedBefore"/>
    /// summed, so a case unknown in three months of the window counts 3. The months keep no case ids, so how many
    /// distinct cases these are is not known here; the whole comparison's count is <see cref="CostSummary.UndeterminedBefore"/>.
    /// </summary>
    public long UndeterminedCaseMonthsBefore { get; }

    /// <summary>The same under the reform.</summary>
    public long UndeterminedCaseMonthsAfter { get; }
}
