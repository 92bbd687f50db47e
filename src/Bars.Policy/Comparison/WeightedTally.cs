namespace Bars.Policy.Comparison;

/// <summary>The running sums behind <see cref="WeightedTotals"/>, per region and overall; memory holds the sums only.</summary>
internal sealed class WeightedTally
{
    private readonly SortedDictionary<string, Sums> regions = new(StringComparer.Ordinal);
    private readonly Sums all = new();

    /// <summary>Adds a valid case of <paramref name="region"/> with its money and weight.</summary>
    public void Add(string region, CaseMoney cost, bool changed, decimal weight)
    {
        if (!regions.TryGetValue(region, out var sums)) regions.Add(region, sums = new Sums());
        sums.Add(cost, changed, weight);
        all.Add(cost, changed, weight);
    }

    /// <summary>Each region's totals, by name.</summary>
    public IReadOnlyList<WeightedTotals> ByRegion() => [.. regions.Select(r => r.Value.Totals(r.Key))];

    /// <summary>The whole population's.</summary>
    public WeightedTotals Total() => all.Totals(null);

    private sealed class Sums
    {
        private decimal cases, changed, withContract, undeterminedBefore, undeterminedAfter, before, after, measured, newlyDetermined, newlyUndetermined;

        // A weighted sum past decimal's range is a population no region has: it fails loudly rather than wraps.
        public void Add(CaseMoney cost, bool caseChanged, decimal w)
        {
            cases += w;
            if (caseChanged) changed += w;
            if (cost.Move == CostChange.NoContract) return;
            withContract += w;
            if (cost.UndeterminedBefore.Count > 0) undeterminedBefore += w;
            if (cost.UndeterminedAfter.Count > 0) undeterminedAfter += w;
            before += w * cost.DeterminedBefore;
            after += w * cost.DeterminedAfter;
            measured += w * cost.Measured!.Value;
            newlyDetermined += w * cost.NewlyDeterminedRub;
            newlyUndetermined += w * cost.NewlyUndeterminedRub;
        }

        public WeightedTotals Totals(string? region) =>
            new(region, cases, changed, withContract, undeterminedBefore, undeterminedAfter, before, after, measured, newlyDetermined, newlyUndetermined);
    }
}
