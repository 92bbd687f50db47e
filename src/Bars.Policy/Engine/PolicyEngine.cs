using Bars.Policy.Engine;

namespace Bars.Policy;

/// <summary>
/// The policy, compiled once: evaluates cases into decisions that cite the source. Build one per process
/// (<see cref="CreateDefault"/>, or <c>services.AddBarsPolicy()</c>) and share it: it is thread-safe.
/// </summary>
/// <example>
/// <code>
/// var engine = PolicyEngine.CreateDefault();
/// var decision = engine.Evaluate(policyCase);
/// foreach (var finding in decision.Enlistment!.Findings) Console.WriteLine($"{finding.RuleId} {string.Join(",", finding.Claims)}: {finding.Text}");
/// </code>
/// </example>
public sealed class PolicyEngine
{
    private readonly Dictionary<string, RegionRuntime> regions;
    private readonly Func<string, Parameters.ParameterTimeline?> parametersOf;

    private PolicyEngine(BuiltPolicy built)
    {
        regions = built.Regions;
        parametersOf = region => regions.TryGetValue(region, out var r) ? r.Parameters : null;
        Rules = built.Rules;
        Regions = regions.Keys.Order(StringComparer.Ordinal).ToArray();
        DisabledRules = built.Disabled;
    }

    /// <summary>The regions this engine evaluates; a case naming any other region is invalid.</summary>
    public IReadOnlyList<string> Regions { get; }

    /// <summary>The rules a host switched off, per region, with the reasons it gave.</summary>
    public IReadOnlyList<DisabledRule> DisabledRules { get; }

    /// <summary>Every rule loaded (shipped and host), with its scope: what the catalogue describes.</summary>
    internal IReadOnlyList<RuleInfo> Rules { get; }

    /// <summary>The parameters of <paramref name="region"/> over time.</summary>
    internal Parameters.ParameterTimeline ParametersOf(string region) => regions[region].Parameters;

    /// <summary>An engine with the shipped policy and nothing else.</summary>
    public static PolicyEngine CreateDefault() => Create(new PolicyEngineOptions());

    /// <summary>An engine built from options configured by <paramref name="configure"/>.</summary>
    public static PolicyEngine Create(Action<PolicyEngineOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var options = new PolicyEngineOptions();
        configure(options);
        return Create(options);
    }

    /// <summary>
    /// An engine built from <paramref name="options"/>: loads and checks the rules and parameters and compiles every
    /// region's rule set now, so the first case pays no start-up cost. Build it once, not per case.
    /// </summary>
    /// <exception cref="PolicyConfigurationException">The options are inconsistent; it lists every failure, each naming its culprit.</exception>
    public static PolicyEngine Create(PolicyEngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new PolicyEngine(PolicyBuild.Run(options));
    }

    /// <summary>
    /// Evaluates one case. Invalid input never throws: the decision carries <see cref="PolicyDecision.Errors"/>.
    /// Safe to call from many threads at once.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="policyCase"/> is null.</exception>
    public PolicyDecision Evaluate(PolicyCase policyCase)
    {
        ArgumentNullException.ThrowIfNull(policyCase);
        if (CaseReader.Read(policyCase, parametersOf, Regions, out var errors) is not { } facts)
        {
            return PolicyDecision.Invalid(CaseReader.EchoedCaseId(policyCase.CaseId), CaseReader.EchoedRegion(policyCase.Region), policyCase.AsOf, errors);
        }

        // One session per case: sessions are not thread-safe, and a case's facts must not meet another's. The
        // session resolves the case's sheet for the rule actions that record into it.
        var sheet = new Rules.Facts.DecisionSheet(facts);
        var session = regions[facts.Region].Sessions.CreateSession();
        session.DependencyResolver = sheet;
        session.Insert(facts);
        session.Fire();
        return sheet.ToDecision();
    }

    /// <summary>
    /// Evaluates a stream of cases in parallel and yields one result per case, in input order, as soon as it and
    /// every case before it are answered. An invalid (or null) case yields a decision with errors and the batch
    /// goes on. Memory stays bounded by <see cref="BatchOptions.BufferSize"/> however long the stream is.
    /// Cancelling stops reading promptly; results already yielded stand.
    /// </summary>
    public IAsyncEnumerable<BatchResult> EvaluateMany(IAsyncEnumerable<PolicyCase?> cases, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cases);
        options ??= new BatchOptions();
        options.Validate();
        return OrderedParallel.Select(Indexed(cases, cancellationToken), EvaluateAt, options.MaxDegreeOfParallelism, options.BufferSize, cancellationToken);
    }

    /// <summary>
    /// Like <see cref="EvaluateMany"/> over JSON Lines: each line is read (in the workers, so reading runs in parallel
    /// too) and evaluated; a line that cannot be read, or is empty, is answered with its errors (and its caseId when
    /// it can be read) and the batch goes on. One result per line, in order.
    /// </summary>
    public IAsyncEnumerable<BatchResult> EvaluateManyJson(IAsyncEnumerable<string> lines, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lines);
        options ??= new BatchOptions();
        options.Validate();
        return OrderedParallel.Select(Indexed(lines, cancellationToken), EvaluateLineAt, options.MaxDegreeOfParallelism, options.BufferSize, cancellationToken);
    }

    private BatchResult EvaluateLineAt((long Index, string Line) item) => new(item.Index, EvaluateLine(item.Index + 1, item.Line));

    /// <summary>One line of JSON Lines (numbered from 1): an empty line is answered with an error, not skipped.</summary>
    internal PolicyDecision EvaluateLine(long number, string line) =>
        string.IsNullOrWhiteSpace(line)
            ? PolicyDecision.Invalid(null, null, null, [new ValidationError("$", $"line {number} is empty: expected a case object.")])
            : EvaluateJson(line);

    private BatchResult EvaluateAt((long Index, PolicyCase? Case) item) => new(
        item.Index,
        item.Case is { } c ? Evaluate(c) : PolicyDecision.Invalid(null, null, null, [new ValidationError("$", "is null: expected a case.")]));

    // Numbers a stream's items from 0, so the workers can answer each with its position.
    private static async IAsyncEnumerable<(long, T)> Indexed<T>(IAsyncEnumerable<T> items, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        long index = 0;
        await foreach (var item in items.WithCancellation(cancellationToken).ConfigureAwait(false)) yield return (index++, item);
    }

    /// <summary>
    /// What <paramref name="reform"/> (typically this policy with dated parameter changes) does to a population:
    /// every case is evaluated by both engines, one at a time, so memory stays flat however many cases there are.
    /// <paramref name="onChange"/> hears each case that changes as it goes; the result sums everything up.
    /// </summary>
    public PolicyComparison Compare(PolicyEngine reform, IEnumerable<PolicyCase> cases, Action<CaseComparison>? onChange = null)
    {
        ArgumentNullException.ThrowIfNull(reform);
        ArgumentNullException.ThrowIfNull(cases);
        var comparer = new Comparison.ComparisonTally();
        foreach (var c in cases)
        {
            if (comparer.Add(c, Evaluate(c), reform.Evaluate(c)) is { Changes.Count: > 0 } change) onChange?.Invoke(change);
        }

        return comparer.Result();
    }

    /// <summary>
    /// Reads a case from its JSON (see <see cref="PolicyJson"/>) and evaluates it. Malformed JSON, unknown fields
    /// and wrong types come back as <see cref="PolicyDecision.Errors"/>, with the caseId when it could be read.
    /// </summary>
    public PolicyDecision EvaluateJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var read = PolicyJson.ReadCase(json);
        return read.Case is { } c
            ? Evaluate(c)
            : PolicyDecision.Invalid(read.CaseId, null, null, read.Errors);
    }
}
