namespace Bars.Policy;

/// <summary>What a reform changes for one case. Compares by content.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="Region">Its region.</param>
/// <param name="Changes">Each outcome whose status or amount differs, before and after.</param>
/// <param name="CostBeforeRub">Cost under the baseline: monthly pay × contract months + one-time payment + injury compensation, where Entitled.</param>
/// <param name="CostAfterRub">The same under the reform.</param>
public sealed record CaseComparison(string? CaseId, string? Region, IReadOnlyList<OutcomeChange> Changes, decimal CostBeforeRub, decimal CostAfterRub)
{
    /// <summary>Each outcome whose status or amount differs, before and after.</summary>
    public IReadOnlyList<OutcomeChange> Changes { get; init => field = EquatableList<OutcomeChange>.Of(value); } = EquatableList<OutcomeChange>.Of(Changes);
}
