namespace Bars.Policy;

/// <summary>A reform's effect in one region. Made by <see cref="PolicyEngine.Compare"/> only; compares by content.</summary>
public sealed record RegionComparison
{
    /// <summary>Creates the record; only the comparison makes them.</summary>
    /// <param name="region">The region.</param>
    /// <param name="cases">Valid cases of the region that were compared.</param>
    /// <param name="casesChanged">Those with at least one changed outcome.</param>
    /// <param name="costBeforeRub">The region's total cost under the baseline.</param>
    /// <param name="costAfterRub">The region's total cost under the reform.</param>
    internal RegionComparison(string region, long cases, long casesChanged, decimal costBeforeRub, decimal costAfterRub)
    {
        Region = region;
        Cases = cases;
        CasesChanged = casesChanged;
        CostBeforeRub = costBeforeRub;
        CostAfterRub = costAfterRub;
    }

    /// <summary>The region.</summary>
    public string Region { get; }

    /// <summary>Valid cases of the region that were compared.</summary>
    public long Cases { get; }

    /// <summary>Those with at least one changed outcome.</summary>
    public long CasesChanged { get; }

    /// <summary>The region's total cost under the baseline.</summary>
    public decimal CostBeforeRub { get; }

    /// <summary>The region's total cost under the reform.</summary>
    public decimal CostAfterRub { get; }
}
