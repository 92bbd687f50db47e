namespace Bars.Policy;

/// <summary>
/// A population's cost before and after a reform, counted only where it is determined: an Undetermined amount is
/// counted as a case, never summed as 0 (a case with an Undetermined part adds its determined parts here, and is
/// counted in <see cref="UndeterminedBefore"/>); cases without a contract are counted apart. Rises, falls, newly
/// determined and newly Undetermined are each counted on their own: a case can be in two. The totals hold together:
/// <c>CostAfterRub = CostBeforeRub + MeasuredChangeRub + NewlyDeterminedRub − NewlyUndeterminedRub</c>. Made by
/// <see cref="ComparisonExtensions.Compare"/> only; compares by content.
/// </summary>
public sealed record CostSummary
{
    /// <summary>Creates the record; only the comparison makes them.</summary>
    /// <param name="casesWithContract">Valid cases with a contract: the ones a cost is counted for.</param>
    /// <param name="casesWithoutContract">Valid cases without one: no time in force, so no cost (not 0).</param>
    /// <param name="costBeforeRub">Sum of the amounts determined under the baseline.</param>
    /// <param name="costAfterRub">Sum of the amounts determined under the reform.</param>
    /// <param name="measuredChangeRub">The change on the amounts determined on both sides.</param>
    /// <param name="newlyDeterminedRub">The amounts that were Undetermined and have a value under the reform (that value).</param>
    /// <param name="newlyUndeterminedRub">The amounts that had a value and are Undetermined under the reform (the value before).</param>
    /// <param name="undeterminedBefore">Cases with a contract with an Undetermined amount under the baseline.</param>
    /// <param name="undeterminedAfter">The same under the reform.</param>
    /// <param name="newlyDetermined">Cases with an amount newly determined, whatever else moved.</param>
    /// <param name="newlyUndetermined">Cases with an amount newly Undetermined, whatever else moved.</param>
    /// <param name="rises">Cases whose measured cost rises (winners: the member receives more), whatever else moved.</param>
    /// <param name="falls">Cases whose measured cost falls (losers), whatever else moved.</param>
    internal CostSummary(
        long casesWithContract, long casesWithoutContract, decimal costBeforeRub, decimal costAfterRub, decimal measuredChangeRub, decimal newlyDeterminedRub,
        decimal newlyUndeterminedRub, long undeterminedBefore, long undeterminedAfter, long newlyDetermined, long newlyUndetermined, long rises, long falls)
    {
        CasesWithContract = casesWithContract;
        CasesWithoutContract = casesWithoutContract;
        CostBeforeRub = costBeforeRub;
        CostAfterRub = costAfterRub;
        MeasuredChangeRub = measuredChangeRub;
        NewlyDeterminedRub = newlyDeterminedRub;
        NewlyUndeterminedRub = newlyUndeterminedRub;
        UndeterminedBefore = undeterminedBefore;
        UndeterminedAfter = undeterminedAfter;
        NewlyDetermined = newlyDetermined;
        NewlyUndetermined = newlyUndetermined;
        Rises = rises;
        Falls = falls;
    }

    /// <summary>Valid cases with a contract: the ones a cost is counted for.</summary>
    public long CasesWithContract { get; }

    /// <summary>Valid cases without one: no time in force, so no cost (not 0).</summary>
    public long CasesWithoutContract { get; }

    /// <summary>Sum of the amounts determined under the baseline (see <see cref="CaseComparison.CostBeforeRub"/>).</summary>
    public decimal CostBeforeRub { get; }

    /// <summary>Sum of the amounts determined under the reform.</summary>
    public decimal CostAfterRub { get; }

    /// <summary>The change on the amounts determined on both sides: what the reform measurably costs.</summary>
    public decimal MeasuredChangeRub { get; }

    /// <summary>The amounts that were Undetermined and have a value under the reform (that value): a silence filled, not a rise.</summary>
    public decimal NewlyDeterminedRub { get; }

    /// <summary>The amounts that had a value and are Undetermined under the reform (the value before).</summary>
    public decimal NewlyUndeterminedRub { get; }

    /// <summary>Cases with a contract with an Undetermined amount under the baseline (left out of its sum).</summary>
    public long UndeterminedBefore { get; }

    /// <summary>The same under the reform.</summary>
    public long UndeterminedAfter { get; }

    /// <summary>Cases with an amount newly determined, whatever else moved (a rise or fall too, perhaps).</summary>
    public long NewlyDetermined { get; }

    /// <summary>Cases with an amount newly Undetermined, whatever else moved.</summary>
    public long NewlyUndetermined { get; }

    /// <summary>Cases whose measured cost rises (winners: the member receives more), whatever else moved.</summary>
    public long Rises { get; }

    /// <summary>Cases whose measured cost falls (losers), whatever else moved.</summary>
    public long Falls { get; }
}
