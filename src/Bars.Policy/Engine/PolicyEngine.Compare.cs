namespace Bars.Policy;

public sealed partial class PolicyEngine
{
    /// <summary>
    /// Like <see cref="Compare(PolicyEngine, IEnumerable{PolicyCase}, Action{CaseComparison})"/>, with the cases
    /// evaluated in parallel under both engines (the baseline and <paramref name="reform"/> in the same worker, so a
    /// case's two decisions are made together) and summed in input order as they come: memory stays bounded by
    /// <see cref="BatchOptions.BufferSize"/> however long the stream. A null case, or one either engine could not
    /// evaluate (a host rule's defect), is counted as invalid and the comparison goes on.
    /// </summary>
    /// <param name="reform">The engine to compare with (this one is the baseline).</param>
    /// <param name="cases">The population, read once, one case at a time as the workers need them.</param>
    /// <param name="onChange">Hears each case whose decision or cost changes, in input order, on the reading thread; null to hear none.</param>
    /// <param name="options">Workers and read-ahead; the defaults of <see cref="BatchOptions"/> when null.</param>
    /// <param name="cancellationToken">Stops reading and evaluating; the comparison then throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>The totals: cases changed by region and outcome, costs, rises and falls.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is below 1 or above its limit (see <see cref="BatchOptions"/>).</exception>
    /// <exception cref="PolicyEvaluationException">A case's own cost exceeds <see cref="decimal"/> (only a host rule's amount can).</exception>
    public async Task<PolicyComparison> CompareAsync(PolicyEngine reform, IAsyncEnumerable<PolicyCase?> cases, Action<CaseComparison>? onChange = null, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reform);
        ArgumentNullException.ThrowIfNull(cases);
        var pairs = Run(cases, item => (Case: item.Item, Before: EvaluateOrNull(item.Item), After: reform.EvaluateOrNull(item.Item)), options, null, cancellationToken);
        var comparer = new Comparison.ComparisonTally(this, reform);
        await foreach (var (c, before, after) in pairs.ConfigureAwait(false))
        {
            if (comparer.Add(c ?? NoCase, before, after) is { Changed: true } change) onChange?.Invoke(change);
        }

        cancellationToken.ThrowIfCancellationRequested();
        return comparer.Result();
    }

    // Stands in for a null case, whose decisions are invalid: the tally counts it and reads nothing of it.
    private static readonly PolicyCase NoCase = new(null, null, null, null);
}
