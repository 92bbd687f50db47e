namespace Bars.Policy;

/// <summary>
/// Days of membership paid at one monthly rate (I9): where a dated value changes within the membership, monthly pay
/// lists each period with the rate in force on its days. Compares by content.
/// </summary>
/// <param name="From">The first day, inclusive.</param>
/// <param name="To">The last day, inclusive.</param>
/// <param name="AmountRub">The monthly rate in force on these days; null where neither the source nor the host states one.</param>
/// <param name="CitationId">Where the rate comes from (a claim id or the host's citation); null with no rate.</param>
public sealed record RatePeriod(DateOnly From, DateOnly To, decimal? AmountRub, string? CitationId);
