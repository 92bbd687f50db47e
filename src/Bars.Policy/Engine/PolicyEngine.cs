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
    private readonly Microsoft.Extensions.Logging.ILogger logger;
    private readonly Lazy<PolicyProvenance> policy;

    private PolicyEngine(BuiltPolicy built)
    {
        logger = built.Logger;
        regions = built.Regions;
        parametersOf = region => regions.TryGetValue(region, out var r) ? r.Parameters : null;
        Rules = built.Rules;
        Regions = regions.Keys.Order(StringComparer.Ordinal).ToArray();
        DisabledRules = built.Disabled;
        policy = built.Policy;
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
        // The region first: with CompileOnFirstCase its compile overlaps the fingerprint, which the sheet then waits
        // for (a one-case process such as `bars-policy evaluate` waited ~20 ms for it with nothing else to do; issue 24).
        var region = regions[facts.Region];
        var plan = region.Plan;
        var sheet = global::Bars.Policy.Rules.Facts.DecisionSheet.Rent(facts, Policy);
        if (plan is not null)
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

    /// <summary>
    /// Evaluates a batch in parallel and yields one output per input, in input order, as soon as it and every input
    /// before it are answered (a slow source's inputs are answered as they come, not a chunk at a time). The input is
    /// cases or JSON Lines (<see cref="BatchInput"/>); JSON is read in the workers. An input that cannot be read, an
    /// invalid (or null) case and a case the policy could not evaluate (a host rule that throws: a programming error
    /// of the host's rules, answered with the error <c>$</c> "the policy could not be evaluated for this case: …")
    /// are each answered with a decision carrying errors (naming the line, for JSON Lines) and the batch goes on.
    /// Memory stays bounded by <see cref="BatchOptions.BufferSize"/> inputs and <see cref="BatchOptions.MaxBytesInFlight"/>
    /// bytes read ahead, however long the input. Cancelling stops reading promptly; outputs already yielded stand. If
    /// the source itself throws, every input read before is answered first, then its exception is rethrown.
    /// </summary>
    /// <typeparam name="T">What the caller makes of a result (<c>r =&gt; r</c> for the results themselves).</typeparam>
    /// <param name="input">What the batch reads: <see cref="BatchInput.Cases"/>, <see cref="BatchInput.JsonLines(Stream, JsonLinesLimits)"/> or <see cref="BatchInput.JsonLines(IAsyncEnumerable{ReadOnlyMemory{byte}})"/>.</param>
    /// <param name="map">
    /// Turns one result into the output inside the workers, so that work such as writing JSON runs in parallel too;
    /// called once per input, from several threads at once and not in input order, so it must be thread-safe. An
    /// exception it throws ends the batch and is rethrown to the reader (unlike a case the policy could not evaluate,
    /// which is answered with an error).
    /// </param>
    /// <param name="options">Workers and read-ahead; the defaults of <see cref="BatchOptions"/> when null.</param>
    /// <param name="cancellationToken">Stops reading and evaluating.</param>
    /// <returns>Exactly one output per input, in input order.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is below 1 or above its limit (see <see cref="BatchOptions"/>).</exception>
    public IAsyncEnumerable<T> EvaluateMany<T>(BatchInput input, Func<BatchResult, T> map, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(map);
        var fields = PassThroughOf(input, options);
        return Run(input.ItemsAsync(cancellationToken), item => map(Answer(item.Index, item.Item, fields)), options, static item => item.Item.Size, cancellationToken);
    }

    /// <summary>The fields a batch takes out of its lines, checked at the call; null for none.</summary>
    internal static PassThroughFields? PassThroughOf(BatchInput input, BatchOptions? options)
    {
        if (options is null) return null;
        options.Validate();
        if (options.Weight is not null && !input.HoldsLines) throw new ArgumentException("A weight is read from JSON lines (BatchOptions.Weight); cases given as objects have none.", nameof(options));
        return PassThroughFields.Of(options);
    }

    // One input's answer: a case evaluated, or the answer of one that could not be read; a line's errors name it.
    private BatchResult Answer(long index, BatchItem item, PassThroughFields? fields)
    {
        if (fields is null)
        {
            var (c, refused) = Read(item);
            return new BatchResult(index, Named(refused ?? EvaluateOrNull(c), item)) { Case = c };
        }

        var taken = fields.Take(item);
        var (read, unread) = Read(taken.Item);
        return new BatchResult(index, Named(taken.With(unread ?? EvaluateOrNull(read)), item)) { Case = read, PassThrough = taken.Values, Weight = taken.Weight };
    }

    /// <summary>What a batch input holds: its case, or (when it holds none) its answer, not yet naming its line.</summary>
    internal (PolicyCase? Case, PolicyDecision? Refused) Read(BatchItem item)
    {
        if (item.Refused is { } refused) return (null, Unread(refused));
        if (item.Line == 0) return (item.Case, null);
        var read = LineReading.ReadLine(item.Utf8.Span, item.Line, item.MayOpenWithBom);
        return read.Case is { } c ? (c, null) : (null, WithValueErrors(read, read.Partial));
    }

    /// <summary>The answer to <paramref name="item"/> with each error naming its line, for a line.</summary>
    internal static PolicyDecision Named(PolicyDecision decision, BatchItem item) => item.Line > 0 ? LineReading.NameLine(decision, item.Line) : decision;

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

        // What could be read is echoed, as for any invalid case: a region or date in error was taken out of it.
        return PolicyDecision.Invalid(read.CaseId, CaseReader.EchoedRegion(partial.Region), partial.AsOf, [.. read.Errors, .. more.Where(e => !Json.PartialCase.Touches(e.Path, read.Errors))]);
    }
}
