using System.Runtime.InteropServices;

namespace Bars.Policy.Comparison;

/// <summary>
/// Compares two engines over a stream of cases, one case at a time: memory holds the running totals, never the
/// population, so a million cases cost what ten do. Costs are counted only where determined (<see cref="CaseCost"/>).
/// </summary>
internal sealed class ComparisonTally(PolicyEngine baselinePolicy, PolicyEngine reformPolicy, bool weighted = false)
{
    private readonly WeightedTally? weights = weighted ? new WeightedTally() : null;
    private readonly SortedDictionary<string, RegionTally> regions = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, long> outcomes = new(StringComparer.Ordinal);
    private readonly Dictionary<Move, long> moves = [];
    private readonly CostTally all = new();
    private long cases, invalid, changed, becameDetermined, becameUndetermined;
    private bool overflowed;

    /// <summary>
    /// A case's money under both decisions (<see cref="CaseMoney.Of"/>), worked out where the case was evaluated (a
    /// pure function of the case, its decisions and each policy's parameters), so the tally, which adds the cases
    /// one at a time in input order, only sums. A cost past <see cref="decimal"/> is kept, to be thrown when the case
    /// is added, where computing it in the tally would have thrown it.
    /// </summary>
    /// <param name="baselinePolicy">The engine of the policy in force.</param>
    /// <param name="reformPolicy">The engine compared with it.</param>
    /// <param name="policyCase">The case, or null for an input that could not be read.</param>
    /// <param name="baseline">Its decision under the baseline.</param>
    /// <param name="reform">Its decision under the reform.</param>
    /// <returns>The money, or null when the tally has none to count (an invalid case).</returns>
    /// <param name="partsBefore">The case's parts under the baseline when worked out already (for a dataset), else null.</param>
    /// <param name="partsAfter">The same under the reform.</param>
    /// <param name="alike">The reform decides the case's region as the baseline does: its parts are the baseline's.</param>
    public static Money? MoneyOf(PolicyEngine baselinePolicy, PolicyEngine reformPolicy, PolicyCase? policyCase, PolicyDecision baseline, PolicyDecision reform, CostPart[]? partsBefore = null, CostPart[]? partsAfter = null, bool alike = false)
    {
        if (policyCase is null || !baseline.IsValid || !reform.IsValid) return null;
        if (policyCase.Contract is null) return new Money(CaseMoney.NoContract, null);
        try
        {
            var region = baseline.Region!;
            var before = partsBefore ?? CaseCost.Parts(policyCase, baseline, baselinePolicy.ParametersOf(region));

            // Decided alike (the same decision, the same parameters): the same parts.
            var after = partsAfter ?? (alike ? before : CaseCost.Parts(policyCase, reform, reformPolicy.ParametersOf(region)));
            return new Money(CaseMoney.OfParts(reform, before, after), null);
        }
        catch (PolicyEvaluationException tooLarge)
        {
            return new Money(null, tooLarge);
        }
    }

    /// <summary>Adds one case; <paramref name="weight"/> is its weight in a weighted comparison (valid cases have one).</summary>
    /// <param name="policyCase">The case.</param>
    /// <param name="baseline">Its decision under the baseline.</param>
    /// <param name="reform">Its decision under the reform.</param>
    /// <param name="weight">Its weight, in a weighted comparison.</param>
    /// <param name="money">Its money as <see cref="MoneyOf"/> worked it out; null to work it out here.</param>
    /// <returns>The case's comparison, or null for an invalid case.</returns>
    public CaseComparison? Add(PolicyCase policyCase, PolicyDecision baseline, PolicyDecision reform, decimal? weight = null, Money? money = null)
    {
        cases++;
        if (!baseline.IsValid || !reform.IsValid)
        {
            invalid++;
            return null;
        }

        var changes = new List<OutcomeChange>();
        Compare(Section.Enlistment, 0, (int)baseline.Enlistment!.Outcome, (int)reform.Enlistment!.Outcome, null, null, changes);
        for (var i = 0; i < baseline.Entitlements.Count; i++)
        {
            var (b, a) = (baseline.Entitlements[i], reform.Entitlements[i]);
            Compare(Section.Entitlement, (int)b.Kind, (int)b.Status, (int)a.Status, b.AmountRub, a.AmountRub, changes);
        }

        for (var i = 0; i < baseline.Obligations.Count; i++)
        {
            var (b, a) = (baseline.Obligations[i], reform.Obligations[i]);
            Compare(Section.Obligation, (int)b.Kind, (int)b.Status, (int)a.Status, b.AmountRub, a.AmountRub, changes);
        }

        var region = baseline.Region!;
        if (!regions.TryGetValue(region, out var tally)) regions.Add(region, tally = new RegionTally());
        var cost = money is { } known ? known.Cost ?? throw known.TooLarge!
            : policyCase.Contract is null ? CaseMoney.NoContract
            : CaseMoney.Of(policyCase, baseline, reform, baselinePolicy.ParametersOf(region), reformPolicy.ParametersOf(region));
        var move = cost.Move;
        if (!overflowed)
        {
            // All totals or none, so the region's, the population's and the months' stay consistent with one another.
            var (regionCost, allCost) = (tally.Cost.With(cost), all.With(cost));
            var months = MonthTally.Steps(cost) is { } steps ? tally.Months.With(steps) : null;
            if (regionCost is null || allCost is null || months is null)
            {
                overflowed = true;
            }
            else
            {
                (tally.Cost.Sums, all.Sums) = (regionCost.Value, allCost.Value);
                tally.Months.Commit(months);
            }
        }

        tally.Cost.Count(cost);
        all.Count(cost);
        var comparison = new CaseComparison(baseline.CaseId, region, changes, cost.Before, cost.After, cost.UndeterminedBefore, cost.UndeterminedAfter, cost.Measured, move);
        if (comparison.Changed) changed++;
        foreach (var c in changes) outcomes[c.What] = outcomes.GetValueOrDefault(c.What) + 1;

        tally.Cases++;
        if (comparison.Changed) tally.Changed++;
        weights?.Add(region, cost, comparison.Changed, weight ?? throw new InvalidOperationException("A valid case of a weighted comparison has its weight."));
        return comparison;
    }

    public PolicyComparison Result() => new(
        cases, invalid, changed, all.Summary(), becameDetermined, becameUndetermined,
        regions.Select(r => new RegionComparison(r.Key, r.Value.Cases, r.Value.Changed, r.Value.Cost.Summary())).ToArray(),
        outcomes.Select(o => new OutcomeCount(o.Key, o.Value)).ToArray(),
        moves.Select(m => new StatusMove(m.Key.What, m.Key.Before, m.Key.After, m.Value))
            .OrderBy(m => Order(m.What)).ThenBy(m => m.What, StringComparer.Ordinal).ThenBy(m => m.Before, StringComparer.Ordinal).ThenBy(m => m.After, StringComparer.Ordinal).ToArray(),
        overflowed,
        regions.SelectMany(r => r.Value.Months.Months(r.Key)).OrderBy(m => m.Month).ThenBy(m => m.Region, StringComparer.Ordinal).ToArray(),
        weights is null ? null : (weights.Total(), weights.ByRegion()));

    // The enlistment first, then the entitlements and obligations in the contract's order.
    private static int Order(string what) =>
        what == "Enlistment" ? 0
        : Enum.TryParse<EntitlementKind>(what, out var e) ? 1 + (int)e
        : 100;

    // Counted by the outcomes' numbers (a case has a dozen outcomes, nearly all unchanged); named only when one
    // changes, and in Result.
    private void Compare(Section section, int kind, int before, int after, decimal? amountBefore, decimal? amountAfter, List<OutcomeChange> changes)
    {
        CollectionsMarshal.GetValueRefOrAddDefault(moves, new Move(section, kind, before, after), out _)++;
        if (before == after && amountBefore == amountAfter) return;
        var (what, b, a) = (Move.NameOf(section, kind), Move.StatusName(section, before), Move.StatusName(section, after));
        changes.Add(new OutcomeChange(what, b, a, amountBefore, amountAfter));
        if (b == nameof(EntitlementStatus.Undetermined) && a != b) becameDetermined++;
        if (a == nameof(EntitlementStatus.Undetermined) && a != b) becameUndetermined++;
    }

    /// <summary>A case's money, or the exception that computing it threw.</summary>
    /// <param name="Cost">The money.</param>
    /// <param name="TooLarge">Why there is none: a cost past <see cref="decimal"/>.</param>
    internal sealed record Money(CaseMoney? Cost, PolicyEvaluationException? TooLarge);

    private sealed class RegionTally
    {
        public long Cases { get; set; }

        public long Changed { get; set; }

        public CostTally Cost { get; } = new();

        public MonthTally Months { get; } = new();
    }

    /// <summary>The running counts and sums behind one <see cref="CostSummary"/>.</summary>
    private sealed class CostTally
    {
        private long withContract, withoutContract, undeterminedBefore, undeterminedAfter, newlyDetermined, newlyUndetermined, rises, falls;

        public (decimal Before, decimal After, decimal Measured, decimal NewlyDetermined, decimal NewlyUndetermined) Sums { get; set; }

        // The sums with one more case, or null when one would leave decimal's range.
        public (decimal, decimal, decimal, decimal, decimal)? With(CaseMoney cost)
        {
            if (cost.Move == CostChange.NoContract) return Sums;
            try
            {
                var (b, a, m, nd, nu) = Sums;
                return (b + cost.DeterminedBefore, a + cost.DeterminedAfter, m + cost.Measured!.Value, nd + cost.NewlyDeterminedRub, nu + cost.NewlyUndeterminedRub);
            }
            catch (OverflowException)
            {
                return null;
            }
        }

        public void Count(CaseMoney cost)
        {
            if (cost.Move == CostChange.NoContract)
            {
                withoutContract++;
                return;
            }

            withContract++;
            if (cost.UndeterminedBefore.Count > 0) undeterminedBefore++;
            if (cost.UndeterminedAfter.Count > 0) undeterminedAfter++;
            // Each counted on its own: a case whose measured cost falls while another part is newly determined is both.
            if (cost.Measured > 0) rises++;
            if (cost.Measured < 0) falls++;
            if (cost.NewlyDetermined) newlyDetermined++;
            if (cost.NewlyUndetermined) newlyUndetermined++;
        }

        public CostSummary Summary() => new(
            withContract, withoutContract, Sums.Before, Sums.After, Sums.Measured, Sums.NewlyDetermined, Sums.NewlyUndetermined,
            undeterminedBefore, undeterminedAfter, newlyDetermined, newlyUndetermined, rises, falls);
    }

    private enum Section
    {
        Enlistment,
        Entitlement,
        Obligation,
    }

    // One outcome's move, by numbers: its section, its kind (0 for the enlistment), its status before and after.
    private readonly record struct Move(Section Section, int Kind, int StatusBefore, int StatusAfter)
    {
        public string What => NameOf(Section, Kind);

        public string Before => StatusName(Section, StatusBefore);

        public string After => StatusName(Section, StatusAfter);

        public static string NameOf(Section section, int kind) => section switch
        {
            Section.Enlistment => "Enlistment",
            Section.Entitlement => ((EntitlementKind)kind).ToString(),
            _ => ((ObligationKind)kind).ToString(),
        };

        public static string StatusName(Section section, int status) => section switch
        {
            Section.Enlistment => ((EnlistmentOutcome)status).ToString(),
            Section.Entitlement => ((EntitlementStatus)status).ToString(),
            _ => ((ObligationStatus)status).ToString(),
        };
    }
}
