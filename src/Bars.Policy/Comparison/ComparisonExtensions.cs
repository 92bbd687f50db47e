namespace Bars.Policy;

/// <summary>
/// What a reform does to a population: each case evaluated under the policy in force and under the reform, the
/// changes heard as they come, the totals summed at the end (see <see cref="PolicyComparison"/>).
/// </summary>
public static class ComparisonExtensions
{
    /// <summary>
    /// What <paramref name="reform"/> (typically this policy with dated parameter changes) does to a population:
    /// every case is evaluated by both engines, one at a time, so memory stays flat however many cases there are.
    /// <paramref name="onChange"/> hears each case that changes as it goes; the result sums everything up.
    /// </summary>
    /// <param name="baseline">The engine of the policy in force.</param>
    /// <param name="reform">The engine to compare with it.</param>
    /// <param name="cases">The population, read once, one case at a time.</param>
    /// <param name="onChange">Hears each case whose decision or cost changes, as it goes; null to hear none.</param>
    /// <returns>The totals: cases changed by region and outcome, costs, winners and losers.</returns>
    public static PolicyComparison Compare(this PolicyEngine baseline, PolicyEngine reform, IEnumerable<PolicyCase> cases, Action<CaseComparison>? onChange = null)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(reform);
        ArgumentNullException.ThrowIfNull(cases);
        var comparer = new Comparison.ComparisonTally(baseline, reform);
        foreach (var c in cases)
        {
            if (comparer.Add(c, baseline.Evaluate(c), reform.Evaluate(c)) is { Changed: true } change) onChange?.Invoke(change);
        }

        return comparer.Result();
    }

    /// <summary>
    /// Like <see cref="Compare(PolicyEngine, PolicyEngine, IEnumerable{PolicyCase}, Action{CaseComparison})"/>, with the cases
    /// evaluated in parallel under both engines (the baseline and <paramref name="reform"/> in the same worker, so a
    /// case's two decisions are made together) and summed in input order as they come: memory stays bounded by
    /// <see cref="BatchOptions.BufferSize"/> however long the stream. A null case, or one either engine could not
    /// evaluate (a host rule's defect), is counted as invalid and the comparison goes on.
    /// </summary>
    /// <param name="baseline">The engine of the policy in force.</param>
    /// <param name="reform">The engine to compare with it.</param>
    /// <param name="cases">The population (cases or JSON Lines, see <see cref="BatchInput"/>), read once as the workers need it; an input that cannot be read is counted as invalid.</param>
    /// <param name="onChange">Hears each case whose decision or cost changes, in input order, on the reading thread; null to hear none.</param>
    /// <param name="options">Workers and read-ahead; the defaults of <see cref="BatchOptions"/> when null.</param>
    /// <param name="cancellationToken">Stops reading and evaluating; the comparison then throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>The totals: cases changed by region and outcome, costs, rises and falls.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is below 1 or above its limit (see <see cref="BatchOptions"/>).</exception>
    /// <exception cref="PolicyEvaluationException">A case's own cost exceeds <see cref="decimal"/> (only a host rule's amount can).</exception>
    public static Task<PolicyComparison> CompareAsync(this PolicyEngine baseline, PolicyEngine reform, BatchInput cases, Action<CaseComparison>? onChange = null, BatchOptions? options = null, CancellationToken cancellationToken = default) =>
        CompareEachAsync(baseline, reform, cases, null, onChange, options, cancellationToken);

    /// <summary>
    /// Like <see cref="CompareAsync(PolicyEngine, PolicyEngine, BatchInput, Action{CaseComparison}, BatchOptions, CancellationToken)"/>,
    /// and <paramref name="onEachCase"/> hears every case, changed or not, valid or not, with both decisions and both
    /// costs (<see cref="CostOf"/>, computed in the workers): the rows of a dataset, in input order.
    /// </summary>
    /// <param name="baseline">The engine of the policy in force.</param>
    /// <param name="reform">The engine to compare with it.</param>
    /// <param name="cases">The population (cases or JSON Lines, see <see cref="BatchInput"/>), read once as the workers need it; an input that cannot be read is counted as invalid.</param>
    /// <param name="onEachCase">Hears every case, in input order, on the reading thread, after <paramref name="onChange"/>; null to hear none.</param>
    /// <param name="onChange">Hears each case whose decision or cost changes, in input order, on the reading thread; null to hear none.</param>
    /// <param name="options">Workers and read-ahead; the defaults of <see cref="BatchOptions"/> when null.</param>
    /// <param name="cancellationToken">Stops reading and evaluating; the comparison then throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>The totals: cases changed by region and outcome, costs, rises and falls.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is below 1 or above its limit (see <see cref="BatchOptions"/>).</exception>
    /// <exception cref="PolicyEvaluationException">A case's own cost exceeds <see cref="decimal"/> (only a host rule's amount can).</exception>
    public static async Task<PolicyComparison> CompareEachAsync(this PolicyEngine baseline, PolicyEngine reform, BatchInput cases, Action<ComparedCase>? onEachCase, Action<CaseComparison>? onChange = null, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(reform);
        ArgumentNullException.ThrowIfNull(cases);
        var costs = onEachCase is not null;
        var fields = PolicyEngine.PassThroughOf(cases, options);

        // A region the reform leaves as it was (its rules and parameters) is decided once: the reform's decision is the
        // baseline's under the reform's name. A reform of one region's parameters evaluates the others' cases once.
        var alike = baseline.Regions.Where(r => baseline.DecidesAlike(reform, r)).ToHashSet(StringComparer.Ordinal);
        var pairs = PolicyEngine.Run(
            cases.ItemsAsync(cancellationToken),
            item =>
            {
                // An input that could not be read has one answer, the same under both policies, naming its line. The
                // fields beside the case are taken out first; a problem with them is the case's under both.
                var taken = fields?.Take(item.Item);
                var (c, refused) = baseline.Read(taken?.Item ?? item.Item);
                var before = PolicyEngine.Named(Checked(taken, refused ?? baseline.EvaluateOrNull(c)), item.Item);
                var same = c?.Region is { } region && alike.Contains(region);
                var after = refused is not null ? before
                    : same ? reform.AsOwn(before)
                    : PolicyEngine.Named(Checked(taken, reform.EvaluateOrNull(c)), item.Item);
                // A dataset's costs and the tally's money are made of the same parts: each side's worked out once.
                Comparison.CostPart[]? partsBefore = null, partsAfter = null;
                var costBefore = costs && c is not null && after.IsValid ? baseline.CostAndParts(c, before, out partsBefore) : null;
                var costAfter = !costs || c is null || !before.IsValid ? null
                    : same ? costBefore
                    : reform.CostAndParts(c, after, out partsAfter);
                return (Case: c, Before: before, After: after,
                    CostBefore: costBefore,
                    CostAfter: costAfter,
                    Taken: taken,
                    Money: Comparison.ComparisonTally.MoneyOf(baseline, reform, c, before, after, partsBefore, partsAfter, same));
            },
            options,
            static item => item.Item.Size,
            cancellationToken);
        var comparer = new Comparison.ComparisonTally(baseline, reform, weighted: options?.Weight is not null);
        await foreach (var (c, before, after, costBefore, costAfter, taken, money) in pairs.ConfigureAwait(false))
        {
            var comparison = comparer.Add(c ?? NoCase, before, after, taken?.Weight, money);
            if (comparison is not null && taken is { } fieldsOf) comparison = comparison with { PassThrough = fieldsOf.Values };
            if (comparison is { Changed: true }) onChange?.Invoke(comparison);
            onEachCase?.Invoke(new ComparedCase(c, before, after, costBefore, costAfter, comparison) { PassThrough = taken?.Values ?? [], Weight = taken?.Weight });
        }

        cancellationToken.ThrowIfCancellationRequested();
        return comparer.Result();
    }

    /// <summary>
    /// One case's cost under this policy, part by part, as <see cref="Compare"/> counts it: the months in force, each
    /// part (an Undetermined one null with its reason) and their total. The same numbers the comparison sums, for a
    /// dataset an analyst joins and groups without computing the policy again.
    /// </summary>
    /// <param name="engine">The engine that made <paramref name="decision"/> (a reform's for a decision under the reform): its parameters over time price the days a decision names no rate for.</param>
    /// <param name="policyCase">The case.</param>
    /// <param name="decision">Its decision by <paramref name="engine"/>.</param>
    /// <returns>The cost; null when the decision is invalid or the case has no contract (no time in force, so no cost, not 0).</returns>
    /// <exception cref="ArgumentException">The decision's region is not one of <paramref name="engine"/>'s.</exception>
    /// <exception cref="PolicyEvaluationException">The case's cost exceeds <see cref="decimal"/> (only a host rule's amount can).</exception>
    public static CaseCostBreakdown? CostOf(this PolicyEngine engine, PolicyCase policyCase, PolicyDecision decision)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(policyCase);
        ArgumentNullException.ThrowIfNull(decision);
        if (!decision.IsValid || policyCase.Contract is null) return null;
        if (!engine.Regions.Contains(decision.Region!)) throw new ArgumentException($"The decision's region '{decision.Region}' is not a region of this engine.", nameof(decision));
        return Comparison.CaseCost.Breakdown(policyCase, decision, engine.ParametersOf(decision.Region!));
    }

    // CostOf, and the parts its breakdown was made of (null when it has none).
    private static CaseCostBreakdown? CostAndParts(this PolicyEngine engine, PolicyCase policyCase, PolicyDecision decision, out Comparison.CostPart[]? parts)
    {
        parts = null;
        if (!decision.IsValid || policyCase.Contract is null) return null;
        if (!engine.Regions.Contains(decision.Region!)) throw new ArgumentException($"The decision's region '{decision.Region}' is not a region of this engine.", nameof(decision));
        parts = Comparison.CaseCost.Parts(policyCase, decision, engine.ParametersOf(decision.Region!));
        return Comparison.CaseCost.Breakdown(policyCase, decision, parts);
    }

    private static PolicyDecision Checked(PassThroughFields.Taken? taken, PolicyDecision decision) => taken is { } t ? t.With(decision) : decision;

    // Stands in for a null case, whose decisions are invalid: the tally counts it and reads nothing of it.
    private static readonly PolicyCase NoCase = new(null, null, null, null);
}
