namespace Bars.Policy;

/// <summary>What a reform changes for one case. Made by <see cref="PolicyEngine.Compare"/> only; compares by content.</summary>
public sealed record CaseComparison
{
    /// <summary>Creates the record; only the comparison makes them.</summary>
    /// <param name="caseId">The case.</param>
    /// <param name="region">Its region.</param>
    /// <param name="changes">Each outcome whose status or amount differs, before and after.</param>
    /// <param name="costBeforeRub">Cost under the baseline: monthly pay × contract months + one-time payment + injury compensation, where Entitled.</param>
    /// <param name="costAfterRub">The same under the reform.</param>
    internal CaseComparison(string? caseId, string? region, IReadOnlyList<OutcomeChange> changes, decimal costBeforeRub, decimal costAfterRub)
    {
        CaseId = caseId;
        Region = region;
        Changes = EquatableList<OutcomeChange>.Of(changes);
        CostBeforeRub = costBeforeRub;
        CostAfterRub = costAfterRub;
    }

    /// <summary>The case.</summary>
    public string? CaseId { get; }

    /// <summary>Its region.</summary>
    public string? Region { get; }

    /// <summary>Each outcome whose status or amount differs, before and after.</summary>
    public IReadOnlyList<OutcomeChange> Changes { get; }

    /// <summary>Cost under the baseline: monthly pay × contract months + one-time payment + injury compensation, where Entitled.</summary>
    public decimal CostBeforeRub { get; }

    /// <summary>The same under the reform.</summary>
    public decimal CostAfterRub { get; }
}
