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
public sealed partial class PolicyEngine
{
    private readonly Dictionary<string, RegionRuntime> regions;
    private readonly Func<string, Parameters.ParameterTimeline?> parametersOf;
    private readonly RuleReads reads;
    private readonly Microsoft.Extensions.Logging.ILogger logger;

    private PolicyEngine(BuiltPolicy built)
    {
        logger = built.Logger;
        regions = built.Regions;
        parametersOf = region => regions.TryGetValue(region, out var r) ? r.Parameters : null;
        Rules = built.Rules;
        Regions = regions.Keys.Order(StringComparer.Ordinal).ToArray();
        DisabledRules = built.Disabled;
        Policy = built.Policy;
        reads = RuleReads.Of(built.Rules);
    }

    /// <summary>The regions this engine evaluates; a case naming any other region is invalid.</summary>
    public IReadOnlyList<string> Regions { get; }

    /// <summary>The rules a host switched off, per region, with the reasons it gave.</summary>
    public IReadOnlyList<DisabledRule> DisabledRules { get; }

    /// <summary>Every rule loaded (shipped and host), with its scope: what the catalogue describes.</summary>
    internal IReadOnlyList<Engine.Anatomy.RuleAnatomy> Rules { get; }

    /// <summary>The parameters of <paramref name="region"/> over time.</summary>
    internal Parameters.ParameterTimeline ParametersOf(string region) => regions[region].Parameters;

    /// <summary>Whether <paramref name="region"/>'s rules are compiled yet (see <see cref="PolicyEngineOptions.CompileOnFirstCase"/>).</summary>
    internal bool IsCompiled(string region) => regions[region].Compiled.IsValueCreated;

    /// <summary>The sequential plan of <paramref name="region"/>; null when it runs on Rete.</summary>
    internal Engine.Sequential.SequentialPlan? PlanOf(string region) => regions[region].Plan;

    /// <summary>How <paramref name="region"/>'s rules run, and why when it fell back to Rete.</summary>
    /// <param name="region">One of <see cref="Regions"/>.</param>
    /// <returns>The region's execution.</returns>
    /// <exception cref="ArgumentException"><paramref name="region"/> is not one of <see cref="Regions"/>.</exception>
    public RegionExecution ExecutionOf(string region)
    {
        ArgumentNullException.ThrowIfNull(region);
        return regions.TryGetValue(region, out var r) ? r.Execution : throw new ArgumentException($"'{region}' is not a region of this engine.", nameof(region));
    }

    /// <summary>An engine with the shipped policy and nothing else.</summary>
    /// <returns>The compiled engine; share it.</returns>
    public static PolicyEngine CreateDefault() => Create(new PolicyEngineOptions());

    /// <summary>An engine built from options configured by <paramref name="configure"/>.</summary>
    /// <param name="configure">Sets the options: regions, rule sets, dated parameter values, disabled rules.</param>
    /// <returns>The compiled engine; share it.</returns>
    /// <exception cref="PolicyConfigurationException">The options are inconsistent; it lists every failure, each naming its culprit.</exception>
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
    /// <param name="options">The options.</param>
    /// <returns>The compiled engine; share it.</returns>
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
    /// <param name="policyCase">The case.</param>
    /// <returns>The decision: every outcome with its findings, or the case's errors.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policyCase"/> is null.</exception>
    /// <exception cref="PolicyEvaluationException">A host rule's defect: its action or a condition threw, two rules
    /// decided one outcome, or none decided one. It names the rule and the case; batch APIs answer the case with an
    /// error and go on.</exception>
    public PolicyDecision Evaluate(PolicyCase policyCase)
    {
        ArgumentNullException.ThrowIfNull(policyCase);
        if (PolicyTelemetry.Observed) return EvaluateObserved(policyCase);
        try
        {
            return EvaluateUnobserved(policyCase);
        }
        catch (PolicyEvaluationException e)
        {
            Telemetry.PolicyLog.RuleFailed(logger, e.RuleName ?? "(unknown)", e.CaseId, e);
            throw;
        }
    }

    // Measured and traced only while something listens (PolicyTelemetry).
    private PolicyDecision EvaluateObserved(PolicyCase policyCase)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        using var activity = PolicyTelemetry.Source.StartActivity("bars.policy.evaluate");
        try
        {
            var decision = EvaluateUnobserved(policyCase);
            PolicyTelemetry.Record(decision, started, activity);
            return decision;
        }
        catch (PolicyEvaluationException e)
        {
            activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, e.Message);
            Telemetry.PolicyLog.RuleFailed(logger, e.RuleName ?? "(unknown)", e.CaseId, e);
            throw;
        }
    }

    /// <summary>
    /// <see cref="Evaluate(PolicyCase)"/> as the questions asked of the engine (why not, timeline, screening, the
    /// catalogue) call it: their many variations of one case are not decisions anyone made, so they are not counted.
    /// </summary>
    internal PolicyDecision EvaluateUnobserved(PolicyCase policyCase)
    {
        if (CaseReader.Read(policyCase, parametersOf, Regions, out var errors) is not { } facts)
        {
            return PolicyDecision.Invalid(CaseReader.EchoedCaseId(policyCase.CaseId), CaseReader.EchoedRegion(policyCase.Region), policyCase.AsOf, errors);
        }

        // Unknown is not no (I11): every answer of the unknown facts is evaluated, and what they change is Undetermined.
        if (policyCase.Unknown is { Count: > 0 }) return UnknownFacts.Decide(policyCase, EvaluateUnobserved);

        // One session (Rete) or run (sequential) per case: neither is thread-safe, and a case's facts must not meet
        // another's. Each resolves the case's sheet for the rule actions that record into it.
        // The sheet and the sequential run are this thread's spares, given back only after a normal end.
        var sheet = global::Bars.Policy.Rules.Facts.DecisionSheet.Rent(facts, Policy, reads);
        var region = regions[facts.Region];
        if (region.Plan is { } plan)
        {
            var run = Engine.Sequential.SequentialSession.Rent(plan, sheet);
            try
            {
                run.Insert(facts);
                run.Fire();
            }
            catch (Engine.Sequential.SequentialFailure e)
            {
                throw Engine.RuleFailures.Of(e, facts.CaseId);
            }

            Engine.Sequential.SequentialSession.Return(run);
            plan.Ran();
        }
        else
        {
            var session = region.Sessions.CreateSession();
            session.DependencyResolver = sheet;
            Engine.BuildCheckWatch.Current?.Listen(session);
            try
            {
                session.Insert(facts);
                session.Fire();
            }
            catch (NRules.RuleExecutionException e)
            {
                throw Engine.RuleFailures.Of(e, facts.CaseId);
            }
        }

        var decision = sheet.ToDecision();
        global::Bars.Policy.Rules.Facts.DecisionSheet.Return(sheet);
        return decision;
    }

    // The batch entries are overloads by input (cases, read inputs, JSON lines) and by output (results, or the
    // caller's map), each with the same trailing optional (options, cancellationToken). RS0026/RS0027 guard against
    // a later overload changing how existing calls bind; these differ in their required parameters, so none can.
#pragma warning disable RS0026, RS0027
    /// <summary>
    /// Evaluates a stream of cases in parallel and yields one result per case, in input order, as soon as it and
    /// every case before it are answered (a slow source's cases are answered as they come, not a chunk at a time).
    /// An invalid (or null) case yields a decision with errors and the batch goes on; so does a case the policy
    /// could not evaluate (a host rule that throws: a programming error of the host's rules), answered with the
    /// error <c>$</c> "the policy could not be evaluated for this case: …". Memory stays bounded by
    /// <see cref="BatchOptions.BufferSize"/> however long the stream is. Cancelling stops reading promptly; results
    /// already yielded stand. If the stream itself throws, every case read before is answered first, then its
    /// exception is rethrown to the reader.
    /// </summary>
    /// <param name="cases">The cases, read one at a time as the workers need them.</param>
    /// <param name="options">Workers and read-ahead; the defaults of <see cref="BatchOptions"/> when null.</param>
    /// <param name="cancellationToken">Stops reading and evaluating.</param>
    /// <returns>Exactly one result per case, in input order, with its 0-based position.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is below 1 or above its limit (see <see cref="BatchOptions"/>).</exception>
    public IAsyncEnumerable<BatchResult> EvaluateMany(IAsyncEnumerable<PolicyCase?> cases, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cases);
        return Run(cases, item => new BatchResult(item.Index, EvaluateOrNull(item.Item)), options, null, cancellationToken);
    }

    /// <summary>
    /// Like <see cref="EvaluateMany(IAsyncEnumerable{PolicyCase}, BatchOptions, CancellationToken)"/>, with each
    /// result turned into the caller's output by <paramref name="map"/> inside the workers, so that work such as
    /// writing JSON runs in parallel too.
    /// </summary>
    /// <typeparam name="T">What the caller makes of a result.</typeparam>
    /// <param name="cases">The cases, read one at a time as the workers need them.</param>
    /// <param name="map">
    /// Turns one result into the output; called once per case, from several threads at once and not in input
    /// order, so it must be thread-safe. An exception it throws ends the batch and is rethrown to the reader (unlike
    /// a case the policy could not evaluate, which is answered with an error).
    /// </param>
    /// <param name="options">Workers and read-ahead; the defaults of <see cref="BatchOptions"/> when null.</param>
    /// <param name="cancellationToken">Stops reading and evaluating.</param>
    /// <returns>Exactly one output per case, in input order.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is below 1 or above its limit (see <see cref="BatchOptions"/>).</exception>
    public IAsyncEnumerable<T> EvaluateMany<T>(IAsyncEnumerable<PolicyCase?> cases, Func<BatchResult, T> map, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(map);
        return Run(cases, item => map(new BatchResult(item.Index, EvaluateOrNull(item.Item))), options, null, cancellationToken);
    }

    /// <summary>
    /// Evaluates inputs the caller has read itself (from bytes, a pipe, any source), in parallel, in input order,
    /// each turned into the caller's output by <paramref name="map"/> inside the workers: an input that holds a
    /// case is evaluated; one that could not be read is answered with its own <see cref="CaseReadResult.Errors"/>
    /// and caseId, and the batch goes on. Memory stays bounded by <see cref="BatchOptions.BufferSize"/>.
    /// </summary>
    /// <typeparam name="T">What the caller makes of a result.</typeparam>
    /// <param name="reads">
    /// Each input as read: a case, or the errors that kept it from being read (as
    /// <see cref="JsonLines.ReadLine(ReadOnlySpan{byte}, long)"/> gives them, or the caller's own, such as for a
    /// line over its size limit). A null input is answered as a missing case.
    /// </param>
    /// <param name="map">
    /// Turns one result into the output; called once per input, from several threads at once and not in input
    /// order, so it must be thread-safe. An exception it throws ends the batch and is rethrown to the reader (unlike
    /// a case the policy could not evaluate, which is answered with an error).
    /// </param>
    /// <param name="options">Workers and read-ahead; the defaults of <see cref="BatchOptions"/> when null.</param>
    /// <param name="cancellationToken">Stops reading and evaluating.</param>
    /// <returns>Exactly one output per input, in input order.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is below 1 or above its limit (see <see cref="BatchOptions"/>).</exception>
    public IAsyncEnumerable<T> EvaluateMany<T>(IAsyncEnumerable<CaseReadResult?> reads, Func<BatchResult, T> map, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reads);
        ArgumentNullException.ThrowIfNull(map);
        return Run(reads, item => map(new BatchResult(item.Index, item.Item is { } read ? AnswerInBatch(read) : NullInput())), options, null, cancellationToken);
    }

    /// <summary>
    /// Evaluates JSON Lines, one case per line, in parallel, in input order: each line is read in the workers (so
    /// reading runs in parallel too) as <see cref="JsonLines.ReadLine(ReadOnlySpan{byte}, long)"/> reads it; a
    /// line that cannot be read, or is empty, is answered with its errors (and its caseId when it can be read) and
    /// the batch goes on. Memory stays bounded by <see cref="BatchOptions.BufferSize"/> lines and
    /// <see cref="BatchOptions.MaxBytesInFlight"/> bytes read ahead.
    /// </summary>
    /// <param name="lines">The lines, without their line ends; line numbers in messages count from 1.</param>
    /// <param name="options">Workers and read-ahead; the defaults of <see cref="BatchOptions"/> when null.</param>
    /// <param name="cancellationToken">Stops reading and evaluating.</param>
    /// <returns>Exactly one result per line, in input order, with its 0-based position.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is below 1 or above its limit (see <see cref="BatchOptions"/>).</exception>
    public IAsyncEnumerable<BatchResult> EvaluateManyJson(IAsyncEnumerable<string> lines, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return Run(lines, EvaluateLine, options, LineSize, cancellationToken);
    }

    /// <summary>
    /// Like <see cref="EvaluateManyJson(IAsyncEnumerable{string}, BatchOptions, CancellationToken)"/>, with each
    /// result turned into the caller's output by <paramref name="map"/> inside the workers, so that writing the
    /// answers (as JSON, say) runs in parallel with reading and evaluating.
    /// </summary>
    /// <typeparam name="T">What the caller makes of a result.</typeparam>
    /// <param name="lines">The lines, without their line ends; line numbers in messages count from 1.</param>
    /// <param name="map">
    /// Turns one result into the output; called once per line, from several threads at once and not in input
    /// order, so it must be thread-safe. An exception it throws ends the batch and is rethrown to the reader (unlike
    /// a case the policy could not evaluate, which is answered with an error).
    /// </param>
    /// <param name="options">Workers and read-ahead; the defaults of <see cref="BatchOptions"/> when null.</param>
    /// <param name="cancellationToken">Stops reading and evaluating.</param>
    /// <returns>Exactly one output per line, in input order.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is below 1 or above its limit (see <see cref="BatchOptions"/>).</exception>
    public IAsyncEnumerable<T> EvaluateManyJson<T>(IAsyncEnumerable<string> lines, Func<BatchResult, T> map, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(map);
        return Run(lines, item => map(EvaluateLine(item)), options, LineSize, cancellationToken);
    }

    /// <summary>
    /// Like <see cref="EvaluateManyJson(IAsyncEnumerable{string}, BatchOptions, CancellationToken)"/> for lines given
    /// as UTF-8 bytes, each read as <see cref="JsonLines.ReadLine(ReadOnlySpan{byte}, long)"/> reads one, in the
    /// workers: nothing is decoded to text on the reading thread, which is what lets a batch scale with its workers.
    /// </summary>
    /// <param name="lines">The lines as UTF-8, without their line ends; each must stay unchanged until it is
    /// answered (give each its own memory, not a reused buffer).</param>
    /// <param name="options">Workers and read-ahead; the defaults of <see cref="BatchOptions"/> when null.</param>
    /// <param name="cancellationToken">Stops reading and evaluating.</param>
    /// <returns>Exactly one result per line, in input order, with its 0-based position.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is below 1 or above its limit (see <see cref="BatchOptions"/>).</exception>
    public IAsyncEnumerable<BatchResult> EvaluateManyJson(IAsyncEnumerable<ReadOnlyMemory<byte>> lines, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return Run(lines, EvaluateUtf8Line, options, Utf8LineSize, cancellationToken);
    }

    /// <summary>
    /// Like <see cref="EvaluateManyJson(IAsyncEnumerable{ReadOnlyMemory{byte}}, BatchOptions, CancellationToken)"/>,
    /// with each result turned into the caller's output by <paramref name="map"/> inside the workers (e.g. the
    /// decision written as UTF-8 JSON, so that the writer only copies bytes).
    /// </summary>
    /// <typeparam name="T">What the caller makes of a result.</typeparam>
    /// <param name="lines">The lines as UTF-8, without their line ends; each must stay unchanged until it is answered.</param>
    /// <param name="map">Turns one result into the output; called once per line, from several threads at once and
    /// not in input order, so it must be thread-safe. An exception it throws ends the batch and is rethrown to the reader.</param>
    /// <param name="options">Workers and read-ahead; the defaults of <see cref="BatchOptions"/> when null.</param>
    /// <param name="cancellationToken">Stops reading and evaluating.</param>
    /// <returns>Exactly one output per line, in input order.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is below 1 or above its limit (see <see cref="BatchOptions"/>).</exception>
    public IAsyncEnumerable<T> EvaluateManyJson<T>(IAsyncEnumerable<ReadOnlyMemory<byte>> lines, Func<BatchResult, T> map, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(map);
        return Run(lines, item => map(EvaluateUtf8Line(item)), options, Utf8LineSize, cancellationToken);
    }

#pragma warning restore RS0026, RS0027

    // Options are checked here, at the call, not when the stream is first read.
    internal static IAsyncEnumerable<T> Run<TIn, T>(
        IAsyncEnumerable<TIn> items,
        Func<(long Index, TIn Item), T> answer,
        BatchOptions? options,
        Func<(long Index, TIn Item), long>? sizeOf,
        CancellationToken cancellationToken)
    {
        options ??= new BatchOptions();
        options.Validate();
        var results = OrderedParallel.Select(
            Indexed(items, cancellationToken),
            answer,
            options.MaxDegreeOfParallelism,
            options.BufferSize,
            sizeOf is null ? long.MaxValue : options.MaxBytesInFlight,
            sizeOf,
            cancellationToken);
        return PolicyTelemetry.BatchCases.Enabled || PolicyTelemetry.Source.HasListeners() ? Observed(results, cancellationToken) : results;
    }

    // A batch as one activity, its workers' evaluations inside it, and each answer counted as it is yielded.
    private static async IAsyncEnumerable<T> Observed<T>(IAsyncEnumerable<T> results, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var activity = PolicyTelemetry.Source.StartActivity("bars.policy.batch");
        long answered = 0;
        await foreach (var result in results.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            answered++;
            PolicyTelemetry.BatchCases.Add(1);
            yield return result;
        }

        activity?.SetTag("bars.policy.batch.cases", answered);
    }

    // A line's size in memory, for the byte budget; a null line (a source's bug) is answered as empty.
    private static long LineSize((long Index, string Line) item) => sizeof(char) * (long)(item.Line?.Length ?? 0);

    private static long Utf8LineSize((long Index, ReadOnlyMemory<byte> Line) item) => item.Line.Length;

    private BatchResult EvaluateUtf8Line((long Index, ReadOnlyMemory<byte> Line) item) => new(item.Index, JsonLines.NameLine(AnswerInBatch(JsonLines.ReadLine(item.Line.Span, item.Index + 1)), item.Index + 1));

    private BatchResult EvaluateLine((long Index, string Line) item) => new(item.Index, JsonLines.NameLine(AnswerInBatch(JsonLines.ReadLine(item.Line, item.Index + 1)), item.Index + 1));

    internal PolicyDecision EvaluateOrNull(PolicyCase? policyCase) => policyCase is { } c ? EvaluateInBatch(c) : NullInput();

    // A batch answers every case: one the policy could not evaluate (a host rule that throws, two rules deciding one
    // outcome) is a programming error of the host's rules, reported for that case alone, and the batch goes on.
    // Exceptions of the caller's map are not caught here: they end the batch, as documented.
    private PolicyDecision EvaluateInBatch(PolicyCase policyCase)
    {
        try
        {
            return Evaluate(policyCase);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return PolicyDecision.Invalid(policyCase.CaseId, policyCase.Region, policyCase.AsOf, [new ValidationError("$", NotEvaluated(ex))]);
        }
    }

    // The message of the exception and of each cause it wraps that it does not already state (NRules wraps a rule
    // action's exception in one that names only the action).
    private static string NotEvaluated(Exception ex)
    {
        var message = new System.Text.StringBuilder("the policy could not be evaluated for this case: ").Append(ex.Message);
        for (var cause = ex.InnerException; cause is not null; cause = cause.InnerException)
        {
            if (!message.ToString().Contains(cause.Message, StringComparison.Ordinal)) message.Append(": ").Append(cause.Message);
        }

        return message.ToString();
    }

    private static readonly ValidationError MissingCase = new("$", "is null: expected a case.");

    private static PolicyDecision NullInput() => PolicyDecision.Invalid(null, null, null, [MissingCase]);

    // A read that holds neither a case nor errors says nothing: it is answered as a missing case, never as valid.
    private PolicyDecision Evaluate(CaseReadResult read) => read.Case is { } c ? Evaluate(c) : Unread(read);

    // As a batch answers a read: like Evaluate, but a case the policy could not evaluate is answered with an error.
    private PolicyDecision AnswerInBatch(CaseReadResult read) => read.Case is { } c ? EvaluateInBatch(c) : WithValueErrors(read, read.Partial);

    private static PolicyDecision Unread(CaseReadResult read) =>
        read.Errors.Count > 0
        ? PolicyDecision.Invalid(read.CaseId, null, null, read.Errors)
        : PolicyDecision.Invalid(read.CaseId, null, null, [MissingCase]);

    // Numbers a stream's items from 0, so the workers can answer each with its position.
    private static async IAsyncEnumerable<(long Index, T Item)> Indexed<T>(IAsyncEnumerable<T> items, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        long index = 0;
        await foreach (var item in items.WithCancellation(cancellationToken).ConfigureAwait(false)) yield return (index++, item);
    }

    /// <summary>
    /// Reads a case from its JSON (see <see cref="PolicyJson"/>) and evaluates it. Malformed JSON, unknown fields
    /// and wrong types come back as <see cref="PolicyDecision.Errors"/>, with the caseId when it could be read.
    /// </summary>
    /// <param name="json">One case in the JSON contract.</param>
    /// <returns>The decision; one with errors when the JSON cannot be read or the case is invalid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public PolicyDecision EvaluateJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var read = PolicyJson.ReadCase(json);
        return read.Case is { } c ? Evaluate(c) : WithValueErrors(read, PolicyJson.ReadPartial(json, read.Errors));
    }

    /// <summary>
    /// Like <see cref="EvaluateJson(string)"/>, from UTF-8 bytes as they come off a file or a request body, without
    /// decoding them to a string first.
    /// </summary>
    /// <param name="utf8Json">One case in the JSON contract, as UTF-8 (a leading byte-order mark is ignored).</param>
    /// <returns>The decision; one with errors when the JSON cannot be read or the case is invalid.</returns>
    public PolicyDecision EvaluateJson(ReadOnlySpan<byte> utf8Json)
    {
        var read = PolicyJson.ReadCase(utf8Json);
        return read.Case is { } c ? Evaluate(c) : WithValueErrors(read, PolicyJson.ReadPartial(utf8Json, read.Errors));
    }

    // A case the contract refused, answered with every error at once: its type errors, and the value errors of
    // what could be read of it (a field already in error, or inside one, is not reported twice).
    private PolicyDecision WithValueErrors(CaseReadResult read, PolicyCase? partial)
    {
        if (partial is null || read.Errors.Count == 0) return Unread(read);
        CaseReader.Read(partial, parametersOf, Regions, out var more);
        return PolicyDecision.Invalid(read.CaseId, null, null, [.. read.Errors, .. more.Where(e => !Json.PartialCase.Touches(e.Path, read.Errors))]);
    }
}
