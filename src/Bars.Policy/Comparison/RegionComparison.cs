namespace Bars.Policy;

/// <summary>A reform's effect in one region.</summary>
/// <param name="Region">The region.</param>
/// <param name="Cases">Valid cases of the region that were compared.</param>
/// <param name="CasesChanged">Those with at least one changed outcome.</param>
/// <param name="CostBeforeRub">The region's total cost under the baseline.</param>
/// <param name="CostAfterRub">The region's total cost under the reform.</param>
public sealed record RegionComparison(string Region, long Cases, long CasesChanged, decimal CostBeforeRub, decimal CostAfterRub);
