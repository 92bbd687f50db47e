namespace Bars.Policy;

/// <summary>A reform's effect in one region. Made by <see cref="ComparisonExtensions.Compare"/> only; compares by content.</summary>
public sealed record RegionComparison
{
    /// <summary>Creates the record; only the comparison makes them.</summary>
    /// <param name="region">The region.</param>
    /// <param name="cases">Valid cases of the region that were compared.</param>
    /// <param name="casesChanged">Those with at least one changed outcome, or whose cost moves.</param>
    /// <param name="cost">The region's cost, determined only.</param>
    internal RegionComparison(string region, long cases, long casesChanged, CostSummary cost)
    {
        Region = region;
        Cases = cases;
        CasesChanged = casesChanged;
        Cost = cost;
    }

    /// <summary>The region.</summary>
    public string Region { get; }

    /// <summary>Valid cases of the region that were compared.</summary>
    public long Cases { get; }

    /// <summary>Those with at least one changed outcome, or whose cost moves.</summary>
    public long CasesChanged { get; }

    /// <summary>The region's cost before and after, determined only.</summary>
    public CostSummary Cost { get; }
}
