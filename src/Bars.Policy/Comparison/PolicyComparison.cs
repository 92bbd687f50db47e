namespace Bars.Policy;

/// <summary>What a reform does to a population: how many cases change, where, by how much, for whom. Compares by content.</summary>
/// <param name="Cases">Cases read.</param>
/// <param name="Invalid">Cases that could not be evaluated (left out of everything else).</param>
/// <param name="CasesChanged">Cases with at least one changed outcome.</param>
/// <param name="TotalCostBeforeRub">Total cost under the baseline (see <see cref="CaseComparison.CostBeforeRub"/>).</param>
/// <param name="TotalCostAfterRub">Total cost under the reform.</param>
/// <param name="Winners">Cases whose cost rises (the member receives more).</param>
/// <param name="Losers">Cases whose cost falls.</param>
/// <param name="BecameDetermined">Outcomes that were Undetermined and are now decided.</param>
/// <param name="BecameUndetermined">Outcomes that were decided and are now Undetermined.</param>
/// <param name="ByRegion">The same, per region.</param>
/// <param name="ByOutcome">How many cases change, per outcome (enlistment, entitlement or obligation kind).</param>
public sealed record PolicyComparison(
    long Cases,
    long Invalid,
    long CasesChanged,
    decimal TotalCostBeforeRub,
    decimal TotalCostAfterRub,
    long Winners,
    long Losers,
    long BecameDetermined,
    long BecameUndetermined,
    IReadOnlyList<RegionComparison> ByRegion,
    IReadOnlyList<OutcomeCount> ByOutcome)
{
    /// <summary>The same, per region.</summary>
    public IReadOnlyList<RegionComparison> ByRegion { get; init => field = EquatableList<RegionComparison>.Of(value); } = EquatableList<RegionComparison>.Of(ByRegion);

    /// <summary>How many cases change, per outcome (enlistment, entitlement or obligation kind).</summary>
    public IReadOnlyList<OutcomeCount> ByOutcome { get; init => field = EquatableList<OutcomeCount>.Of(value); } = EquatableList<OutcomeCount>.Of(ByOutcome);

    /// <summary>
    /// A cost total would have exceeded the range of <see cref="decimal"/> (about 7.9 × 10^28 roubles). The cost totals,
    /// overall and per region, then sum the cases before the one that did not fit and leave it and every later case
    /// out; the counts (cases, changes, winners, losers) still cover every case. With host values bounded at build
    /// this takes more than 6 × 10^11 cases; a host rule's own, larger amounts can reach it sooner.
    /// </summary>
    public bool CostsOverflowed { get; init; }
}
