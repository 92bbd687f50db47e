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
    private bool overflowed;

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
        var region = baseline.Region!;
        if (!regions.TryGetValue(region, out var tally)) regions.Add(region, tally = new RegionTally());
        AddCosts(tally, costBefore, costAfter);
        if (costAfter > costBefore) winners++;
        if (costAfter < costBefore) losers++;
        if (changes.Count > 0) changed++;
        foreach (var c in changes) outcomes[c.What] = outcomes.GetValueOrDefault(c.What) + 1;

        tally.Cases++;
        if (changes.Count > 0) tally.Changed++;
        return new CaseComparison(baseline.CaseId, region, changes, costBefore, costAfter);
    }

    public PolicyComparison Result() => new(
        cases, invalid, changed, before, after, winners, losers, becameDetermined, becameUndetermined,
        regions.Select(r => new RegionComparison(r.Key, r.Value.Cases, r.Value.Changed, r.Value.Before, r.Value.After)).ToArray(),
        outcomes.Select(o => new OutcomeCount(o.Key, o.Value)).ToArray(),
        overflowed);

    /// <summary>Monthly pay × contract months + one-time payment + injury compensation, where Entitled.</summary>
    /// <exception cref="PolicyEvaluationException">The case's cost exceeds <see cref="decimal"/>: only a host rule's own
    /// amount can (host values are bounded at build, see PolicyBuild.MaxAmountRub), a defect named by its rule.</exception>
    internal static decimal Cost(PolicyDecision d, int contractMonths)
    {
        decimal cost = 0;
        foreach (var e in d.Entitlements)
        {
            if (e.Status != EntitlementStatus.Entitled || e.AmountRub is not { } amount) continue;
            try
            {
                cost += e.Period == PaymentPeriod.Month ? amount * contractMonths : amount;
            }
            catch (OverflowException overflow)
            {
                var rule = e.Findings[0].RuleId;
                throw new PolicyEvaluationException(
                    rule, d.CaseId ?? "", $"Rule '{rule}' decided {e.Kind} of {amount} roubles on case '{d.CaseId}': the case's cost exceeds the largest decimal.", overflow);
            }
        }

        return cost;
    }

    // A case whose costs would take a total (overall or its region's) past decimal's range is left out of every
    // cost total, so the totals stay consistent with one another, and so is every later case: the comparison says
    // its totals overflowed instead of throwing away everything counted so far.
    private void AddCosts(RegionTally tally, decimal costBefore, decimal costAfter)
    {
        if (overflowed) return;
        try
        {
            var sums = (Before: before + costBefore, After: after + costAfter, RegionBefore: tally.Before + costBefore, RegionAfter: tally.After + costAfter);
            (before, after, tally.Before, tally.After) = sums;
        }
        catch (OverflowException)
        {
            overflowed = true;
        }
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
