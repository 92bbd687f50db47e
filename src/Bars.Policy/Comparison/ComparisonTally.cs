namespace Bars.Policy.Comparison;

/// <summary>
/// Compares two engines over a stream of cases, one case at a time: memory holds the running totals, never the
/// population, so a million cases cost what ten do.
/// </summary>
internal sealed class ComparisonTally
{
    private readonly SortedDictionary<string, RegionTally> regions = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, long> outcomes = new(StringComparer.Ordinal);
    private long cases, invalid, changed, winners, losers, becameDetermined, becameUndetermined;
    private decimal before, after;

    public CaseComparison? Add(PolicyCase policyCase, PolicyDecision baseline, PolicyDecision reform)
    {
        cases++;
        if (!baseline.IsValid || !reform.IsValid)
        {
            invalid++;
            return null;
        }

        var changes = new List<OutcomeChange>();
        Compare("Enlistment", baseline.Enlistment!.Outcome.ToString(), reform.Enlistment!.Outcome.ToString(), null, null, changes);
        for (var i = 0; i < baseline.Entitlements.Count; i++)
        {
            var (b, a) = (baseline.Entitlements[i], reform.Entitlements[i]);
            Compare(b.Kind.ToString(), b.Status.ToString(), a.Status.ToString(), b.AmountRub, a.AmountRub, changes);
        }

        for (var i = 0; i < baseline.Obligations.Count; i++)
        {
            var (b, a) = (baseline.Obligations[i], reform.Obligations[i]);
            Compare(b.Kind.ToString(), b.Status.ToString(), a.Status.ToString(), b.AmountRub, a.AmountRub, changes);
        }

        var months = policyCase.Contract?.Months ?? 0;
        var costBefore = Cost(baseline, months);
        var costAfter = Cost(reform, months);
        before += costBefore;
        after += costAfter;
        if (costAfter > costBefore) winners++;
        if (costAfter < costBefore) losers++;
        if (changes.Count > 0) changed++;
        foreach (var c in changes) outcomes[c.What] = outcomes.GetValueOrDefault(c.What) + 1;

        var region = baseline.Region!;
        if (!regions.TryGetValue(region, out var tally)) regions.Add(region, tally = new RegionTally());
        tally.Cases++;
        if (changes.Count > 0) tally.Changed++;
        tally.Before += costBefore;
        tally.After += costAfter;
        return new CaseComparison(baseline.CaseId, region, changes, costBefore, costAfter);
    }

    public PolicyComparison Result() => new(
        cases, invalid, changed, before, after, winners, losers, becameDetermined, becameUndetermined,
        regions.Select(r => new RegionComparison(r.Key, r.Value.Cases, r.Value.Changed, r.Value.Before, r.Value.After)).ToArray(),
        outcomes.Select(o => new OutcomeCount(o.Key, o.Value)).ToArray());

    /// <summary>Monthly pay × contract months + one-time payment + injury compensation, where Entitled.</summary>
    internal static decimal Cost(PolicyDecision d, int contractMonths)
    {
        decimal cost = 0;
        foreach (var e in d.Entitlements)
        {
            if (e.Status != EntitlementStatus.Entitled || e.AmountRub is not { } amount) continue;
            cost += e.Period == PaymentPeriod.Month ? amount * contractMonths : amount;
        }

        return cost;
    }

    private void Compare(string what, string b, string a, decimal? amountBefore, decimal? amountAfter, List<OutcomeChange> changes)
    {
        if (b == a && amountBefore == amountAfter) return;
        changes.Add(new OutcomeChange(what, b, a, amountBefore, amountAfter));
        if (b == nameof(EntitlementStatus.Undetermined) && a != b) becameDetermined++;
        if (a == nameof(EntitlementStatus.Undetermined) && a != b) becameUndetermined++;
    }

    private sealed class RegionTally
    {
        public long Cases { get; set; }
        public long Changed { get; set; }
        public decimal Before { get; set; }
        public decimal After { get; set; }
    }
}
