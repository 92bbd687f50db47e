namespace Bars.Policy;

/// <summary>
/// A comparison's totals with each case counted by its weight (<see cref="BatchOptions.Weight"/>): what the
/// population the cases stand for would see. Sums as <see cref="CostSummary"/> does, determined amounts only, each
/// times the case's weight; counts are sums of weights. Cases that could not be evaluated weigh nothing here
/// (<see cref="PolicyComparison.Invalid"/> counts them). Made by the comparison only; compares by content.
/// </summary>
public sealed record WeightedTotals
{
    /// <summary>Creates the record; only the comparison makes them.</summary>
    /// <param name="region">The region; null for the whole population.</param>
    /// <param name="cases">The weights of the valid cases.</param>
    /// <param name="casesChanged">The weights of the cases that changed.</param>
    /// <param name="withContract">The weights of the cases with a contract (the ones that have a cost).</param>
    /// <param name="undeterminedBefore">The weights of the cases with a part of their cost Undetermined under the baseline.</param>
    /// <param name="undeterminedAfter">The same under the reform.</param>
    /// <param name="costBeforeRub">The determined cost under the baseline, weighted.</param>
    /// <param name="costAfterRub">The same under the reform.</param>
    /// <param name="measuredChangeRub">The change in the parts determined under both, weighted.</param>
    /// <param name="newlyDeterminedRub">The parts determined only under the reform, weighted.</param>
    /// <param name="newlyUndeterminedRub">The parts determined only under the baseline, weighted.</param>
    internal WeightedTotals(string? region, decimal cases, decimal casesChanged, decimal withContract, decimal undeterminedBefore, decimal undeterminedAfter, decimal costBeforeRub, decimal costAfterRub, decimal measuredChangeRub, decimal newlyDeterminedRub, decimal newlyUndeterminedRub)
    {
        Region = region;
        Cases = cases;
        CasesChanged = casesChanged;
        WithContract = withContract;
        UndeterminedBefore = undeterminedBefore;
        UndeterminedAfter = undeterminedAfter;
        CostBeforeRub = costBeforeRub;
        CostAfterRub = costAfterRub;
        MeasuredChangeRub = measuredChangeRub;
        NewlyDeterminedRub = newlyDeterminedRub;
        NewlyUndeterminedRub = newlyUndeterminedRub;
    }

    /// <summary>The region; null for the whole population.</summary>
    public string? Region { get; }

    /// <summary>The weights of the valid cases.</summary>
    public decimal Cases { get; }

    /// <summary>The weights of the cases that changed.</summary>
    public decimal CasesChanged { get; }

    /// <summary>The weights of the cases with a contract (the ones that have a cost).</summary>
    public decimal WithContract { get; }

    /// <summary>The weights of the cases with a part of their cost Undetermined under the baseline (left out of <see cref="CostBeforeRub"/>).</summary>
    public decimal UndeterminedBefore { get; }

    /// <summary>The same under the reform.</summary>
    public decimal UndeterminedAfter { get; }

    /// <summary>The determined cost under the baseline, weighted.</summary>
    public decimal CostBeforeRub { get; }

    /// <summary>The same under the reform.</summary>
    public decimal CostAfterRub { get; }

    /// <summary>The change in the parts determined under both policies, weighted.</summary>
    public decimal MeasuredChangeRub { get; }

    /// <summary>The parts determined only under the reform, weighted: money that was unknown, not new money.</summary>
    public decimal NewlyDeterminedRub { get; }

    /// <summary>The parts determined only under the baseline, weighted.</summary>
    public decimal NewlyUndeterminedRub { get; }
}
