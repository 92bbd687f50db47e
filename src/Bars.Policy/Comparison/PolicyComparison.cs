namespace Bars.Policy;

/// <summary>What a reform does to a population: how many cases change, where, by how much, for whom. Made by <see cref="ComparisonExtensions.Compare"/> only; compares by content.</summary>
public sealed record PolicyComparison
{
    /// <summary>Creates the record; only the comparison makes them.</summary>
    /// <param name="cases">Cases read.</param>
    /// <param name="invalid">Cases that could not be evaluated (left out of everything else).</param>
    /// <param name="casesChanged">Cases with at least one changed outcome, or whose cost moves (a reform re-prices the days of a contract whatever its case's <c>asOf</c>, I9).</param>
    /// <param name="cost">The population's cost before and after, determined only (see <see cref="CostSummary"/>).</param>
    /// <param name="becameDetermined">Outcomes that were Undetermined and are now decided.</param>
    /// <param name="becameUndetermined">Outcomes that were decided and are now Undetermined.</param>
    /// <param name="byRegion">The same, per region.</param>
    /// <param name="byOutcome">How many cases change, per outcome (enlistment, entitlement or obligation kind).</param>
    /// <param name="moves">For each outcome, how many cases move from each status to each (staying included).</param>
    /// <param name="costsOverflowed">A cost total would have exceeded the range of <see cref="decimal"/> (about 7.9 × 10^28 roubles). The cost totals, overall and per region, then sum the cases before the one that did not fit and leave it and every later case out; the counts (cases, changes, rises, falls, Undetermined) still cover every case. With host values bounded at build this takes more than 6 × 10^11 cases; a host rule's own, larger amounts can reach it sooner.</param>
    /// <param name="byMonth">The cost by calendar month and region (see <see cref="ByMonth"/>); none when null.</param>
    /// <param name="weighted">The totals weighted by each case's weight, overall then per region; null when unweighted.</param>
    internal PolicyComparison(long cases, long invalid, long casesChanged, CostSummary cost, long becameDetermined, long becameUndetermined, IReadOnlyList<RegionComparison> byRegion, IReadOnlyList<OutcomeCount> byOutcome, IReadOnlyList<StatusMove> moves, bool costsOverflowed = false, IReadOnlyList<MonthCost>? byMonth = null, (WeightedTotals Total, IReadOnlyList<WeightedTotals> ByRegion)? weighted = null)
    {
        Weighted = weighted?.Total;
        WeightedByRegion = weighted is { } w ? EquatableList<WeightedTotals>.Of(w.ByRegion) : EquatableList<WeightedTotals>.Empty;
        Cases = cases;
        Invalid = invalid;
        CasesChanged = casesChanged;
        Cost = cost;
        BecameDetermined = becameDetermined;
        BecameUndetermined = becameUndetermined;
        ByRegion = EquatableList<RegionComparison>.Of(byRegion);
        ByOutcome = EquatableList<OutcomeCount>.Of(byOutcome);
        Moves = EquatableList<StatusMove>.Of(moves);
        CostsOverflowed = costsOverflowed;
        ByMonth = byMonth is null ? EquatableList<MonthCost>.Empty : EquatableList<MonthCost>.Of(byMonth);
    }

    /// <summary>Cases read.</summary>
    public long Cases { get; }

    /// <summary>Cases that could not be evaluated (left out of everything else).</summary>
    public long Invalid { get; }

    /// <summary>Cases with at least one changed outcome, or whose cost moves (a reform re-prices the days of a contract whatever its case's <c>asOf</c>, I9).</summary>
    public long CasesChanged { get; }

    /// <summary>The population's cost before and after, counted only where it is determined (see <see cref="CostSummary"/>).</summary>
    public CostSummary Cost { get; }

    /// <summary>Outcomes that were Undetermined and are now decided.</summary>
    public long BecameDetermined { get; }

    /// <summary>Outcomes that were decided and are now Undetermined.</summary>
    public long BecameUndetermined { get; }

    /// <summary>The same, per region.</summary>
    public IReadOnlyList<RegionComparison> ByRegion { get; }

    /// <summary>How many cases change, per outcome (enlistment, entitlement or obligation kind).</summary>
    public IReadOnlyList<OutcomeCount> ByOutcome { get; }

    /// <summary>For each outcome, how many cases move from each status to each (staying included), by outcome then status.</summary>
    public IReadOnlyList<StatusMove> Moves { get; }

    /// <summary>A cost total would have exceeded the range of <see cref="decimal"/> (about 7.9 × 10^28 roubles). The cost totals, overall and per region, then sum the cases before the one that did not fit and leave it and every later case out; the counts (cases, changes, rises, falls, Undetermined) still cover every case. With host values bounded at build this takes more than 6 × 10^11 cases; a host rule's own, larger amounts can reach it sooner.</summary>
    public bool CostsOverflowed { get; }

    /// <summary>
    /// The cost by calendar month, before and after, per region: by month, then region; a month is listed for a
    /// region when it has a determined amount or an Undetermined one. Each region's months sum to its
    /// <see cref="CostSummary.CostBeforeRub"/> and <see cref="CostSummary.CostAfterRub"/>; they are left partial as
    /// those are when <see cref="CostsOverflowed"/>.
    /// </summary>
    public IReadOnlyList<MonthCost> ByMonth { get; }

    /// <summary>
    /// The totals with each case counted by its weight (<see cref="BatchOptions.Weight"/>), beside the unweighted
    /// ones above; null when the comparison was not weighted.
    /// </summary>
    public WeightedTotals? Weighted { get; }

    /// <summary>The same per region, by name; empty when the comparison was not weighted.</summary>
    public IReadOnlyList<WeightedTotals> WeightedByRegion { get; }

    /// <summary>
    /// The cost over a budget period: the whole calendar months from <paramref name="from"/>'s to <paramref name="to"/>'s,
    /// both included, summed from <see cref="ByMonth"/>, overall and for each region of <see cref="ByRegion"/>.
    /// </summary>
    /// <param name="from">A day of the first month.</param>
    /// <param name="to">A day of the last month, not before <paramref name="from"/>'s month.</param>
    /// <returns>The window's totals.</returns>
    /// <exception cref="ArgumentException"><paramref name="to"/>'s month is before <paramref name="from"/>'s.</exception>
    /// <exception cref="OverflowException">A window's sum exceeds <see cref="decimal"/> (only a host rule's own amounts can come near).</exception>
    public PeriodCost CostIn(DateOnly from, DateOnly to)
    {
        var (first, last) = (new DateOnly(from.Year, from.Month, 1), new DateOnly(to.Year, to.Month, 1));
        if (last < first) throw new ArgumentException($"The period's last month {last:yyyy-MM} is before its first {first:yyyy-MM}.", nameof(to));
        var months = ByMonth.Where(m => m.Month >= first && m.Month <= last).ToArray();
        static PeriodTotal Sum(string? region, IEnumerable<MonthCost> months)
        {
            decimal b = 0, a = 0, m = 0, nd = 0, nu = 0;
            long ub = 0, ua = 0;
            foreach (var x in months)
            {
                (b, a, m, nd, nu) = (b + x.CostBeforeRub, a + x.CostAfterRub, m + x.MeasuredChangeRub, nd + x.NewlyDeterminedRub, nu + x.NewlyUndeterminedRub);
                (ub, ua) = (ub + x.UndeterminedBefore, ua + x.UndeterminedAfter);
            }

            return new PeriodTotal(region, b, a, m, nd, nu, ub, ua);
        }

        return new PeriodCost(
            first, last.AddMonths(1).AddDays(-1), Sum(null, months), ByRegion.Select(r => Sum(r.Region, months.Where(m => m.Region == r.Region))).ToArray());
    }
}
