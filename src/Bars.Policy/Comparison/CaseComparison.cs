namespace Bars.Policy;

/// <summary>What a reform changes for one case. Made by <see cref="ComparisonExtensions.Compare"/> only; compares by content.</summary>
public sealed record CaseComparison
{
    /// <summary>Creates the record; only the comparison makes them.</summary>
    /// <param name="caseId">The case.</param>
    /// <param name="region">Its region.</param>
    /// <param name="changes">Each outcome whose status or amount differs, before and after.</param>
    /// <param name="costBeforeRub">Cost under the baseline over the contract's days in force; null without a contract or when a part is Undetermined.</param>
    /// <param name="costAfterRub">The same under the reform.</param>
    /// <param name="undeterminedBefore">The parts of the cost that are Undetermined under the baseline (left out of it).</param>
    /// <param name="undeterminedAfter">The same under the reform.</param>
    /// <param name="measuredChangeRub">The change on the parts determined on both sides; null without a contract.</param>
    /// <param name="cost">How the cost moves.</param>
    internal CaseComparison(string? caseId, string? region, IReadOnlyList<OutcomeChange> changes, decimal? costBeforeRub, decimal? costAfterRub, IReadOnlyList<string> undeterminedBefore, IReadOnlyList<string> undeterminedAfter, decimal? measuredChangeRub, CostChange cost)
    {
        CaseId = caseId;
        Region = region;
        Changes = EquatableList<OutcomeChange>.Of(changes);
        CostBeforeRub = costBeforeRub;
        CostAfterRub = costAfterRub;
        UndeterminedBefore = EquatableList<string>.Of(undeterminedBefore);
        UndeterminedAfter = EquatableList<string>.Of(undeterminedAfter);
        MeasuredChangeRub = measuredChangeRub;
        Cost = cost;
    }

    /// <summary>The case.</summary>
    public string? CaseId { get; }

    /// <summary>Its region.</summary>
    public string? Region { get; }

    /// <summary>Each outcome whose status or amount differs, before and after.</summary>
    public IReadOnlyList<OutcomeChange> Changes { get; }

    /// <summary>
    /// Cost under the baseline: monthly pay for each day of membership at the rate in force that day (I9; whole
    /// contract months, a part month by its share of days: docs/reading.md), whatever the phase on <c>asOf</c>, +
    /// one-time payment − repayment owed + injury compensation. Null when the case has no contract, and null when any
    /// part is Undetermined (<see cref="UndeterminedBefore"/> names them): an unknown is never summed as 0. The parts
    /// that are determined on both sides still give <see cref="MeasuredChangeRub"/>.
    /// </summary>
    public decimal? CostBeforeRub { get; }

    /// <summary>The same under the reform.</summary>
    public decimal? CostAfterRub { get; }

    /// <summary>The parts of the cost (MonthlyPay, OneTimePayment, InjuryCompensation, RepayOneTimePayment) that are Undetermined under the baseline.</summary>
    public IReadOnlyList<string> UndeterminedBefore { get; }

    /// <summary>The same under the reform.</summary>
    public IReadOnlyList<string> UndeterminedAfter { get; }

    /// <summary>The change on the parts determined on both sides; null without a contract.</summary>
    public decimal? MeasuredChangeRub { get; }

    /// <summary>How the cost moves: a rise or a fall by <see cref="MeasuredChangeRub"/>, whatever else moved; otherwise a part newly (un)determined, or unchanged.</summary>
    public CostChange Cost { get; }

    /// <summary>An outcome changes, or the cost moves (a reform changes the cost of days the case's <c>asOf</c> is past, I9).</summary>
    internal bool Changed => Changes.Count > 0 || Cost is not (CostChange.Unchanged or CostChange.NoContract);

    /// <summary>
    /// The JSON of each of <see cref="BatchOptions.PassThrough"/>'s fields, as the case's line wrote it; null where
    /// absent. Empty when none are asked for. Not part of the record's JSON: a writer puts each under its own name.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<string?> PassThrough { get; init => field = EquatableList<string?>.Of(value); } = EquatableList<string?>.Empty;
}
