namespace Bars.Policy;

/// <summary>
/// One case of a comparison, whatever changed: the case, its decision under each policy, its cost under each
/// (<see cref="CaseCostBreakdown"/>, the numbers the comparison sums) and what the comparison made of it. Heard by
/// <see cref="ComparisonExtensions.CompareEachAsync"/>
/// for every case, in input order: the rows of a dataset. Made by the comparison only.
/// </summary>
public sealed record ComparedCase
{
    /// <summary>Creates the record; only the comparison makes them.</summary>
    /// <param name="policyCase">The case as given; null for a case the reader could not read.</param>
    /// <param name="before">Its decision under the baseline.</param>
    /// <param name="after">Its decision under the reform.</param>
    /// <param name="costBefore">Its cost under the baseline.</param>
    /// <param name="costAfter">Its cost under the reform.</param>
    /// <param name="comparison">What changed; null when either decision is invalid.</param>
    internal ComparedCase(PolicyCase? policyCase, PolicyDecision before, PolicyDecision after, CaseCostBreakdown? costBefore, CaseCostBreakdown? costAfter, CaseComparison? comparison)
    {
        Case = policyCase;
        Before = before;
        After = after;
        CostBefore = costBefore;
        CostAfter = costAfter;
        Comparison = comparison;
    }

    /// <summary>The case as given; null for a case the reader could not read.</summary>
    public PolicyCase? Case { get; }

    /// <summary>Its decision under the baseline (invalid, with its errors, for an invalid case).</summary>
    public PolicyDecision Before { get; }

    /// <summary>Its decision under the reform.</summary>
    public PolicyDecision After { get; }

    /// <summary>Its cost under the baseline; null without a contract or for an invalid case.</summary>
    public CaseCostBreakdown? CostBefore { get; }

    /// <summary>Its cost under the reform; null without a contract or for an invalid case.</summary>
    public CaseCostBreakdown? CostAfter { get; }

    /// <summary>What the comparison made of the case (its cost move, its measured change, the outcomes that changed); null when either decision is invalid.</summary>
    public CaseComparison? Comparison { get; }

    /// <summary>The JSON of each of <see cref="BatchOptions.PassThrough"/>'s fields, as the line wrote it; null where absent. Empty when none are asked for.</summary>
    public IReadOnlyList<string?> PassThrough { get; init => field = EquatableList<string?>.Of(value); } = EquatableList<string?>.Empty;

    /// <summary>The case's weight (<see cref="BatchOptions.Weight"/>); null when unweighted or when the line's is not valid.</summary>
    public decimal? Weight { get; init; }
}
