namespace Bars.Policy;

/// <summary>What a reform changes for one case.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="Region">Its region.</param>
/// <param name="Changes">Each outcome whose status or amount differs, before and after.</param>
/// <param name="CostBeforeRub">Cost under the baseline: monthly pay × contract months + one-time payment + injury compensation, where Entitled.</param>
/// <param name="CostAfterRub">The same under the reform.</param>
public sealed record CaseComparison(string? CaseId, string? Region, IReadOnlyList<OutcomeChange> Changes, decimal CostBeforeRub, decimal CostAfterRub);

/// <summary>One outcome that a reform changes.</summary>
/// <param name="What">The enlistment, an entitlement kind, or an obligation kind.</param>
/// <param name="Before">Status before (Eligible, Entitled, Owed, Undetermined, …).</param>
/// <param name="After">Status after.</param>
/// <param name="AmountBeforeRub">Amount before, when there is one.</param>
/// <param name="AmountAfterRub">Amount after, when there is one.</param>
public sealed record OutcomeChange(string What, string Before, string After, decimal? AmountBeforeRub, decimal? AmountAfterRub);
