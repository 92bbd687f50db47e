using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Bars.Policy.Parameters;
using NRules;
using NRules.Fluent;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Bars.Policy.Engine;

/// <summary>
/// Turns options into what the engine runs: per region, its parameters over time and its rule set (the rules that
/// apply there, less those switched off), every region compiled when the engine is built. Every inconsistency is
/// found here, naming its culprit, and all of them are reported together.
/// </summary>
internal static class PolicyBuild
{
    /// <summary>Every inconsistency of <paramref name="options"/>, without compiling anything (empty when none).</summary>
    public static IReadOnlyList<string> Check(PolicyEngineOptions options)
    {
        var failures = new List<string>();
        Load(options, failures);
        return failures;
    }

    public static BuiltPolicy Run(PolicyEngineOptions options)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var logger = options.LoggerFactory?.CreateLogger("Bars.Policy.PolicyEngine") ?? (Microsoft.Extensions.Logging.ILogger)Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
        var failures = new List<string>();
        // The telemetry's instruments are made beside the build, not on the first case (some 5 ms of a one-case process).
        ThreadPool.UnsafeQueueUserWorkItem(
            static _ =>
            {
                try
                {
                    _ = PolicyTelemetry.Observed;
                }
                catch (TypeInitializationException)
                {
                    // Thrown again to the first case that asks: a pool thread must not end the host.
                }
            },
            null);
        var (regions, hostValues, rules) = Load(options, failures);
        if (failures.Count > 0) throw new PolicyConfigurationException(failures);

        // Each region's parameters first: the fingerprint covers them, and is computed on another thread while the
        // regions compile (or, with CompileOnFirstCase, while the first case is read and its region compiled): cold,
        // it is some 50 ms of reflection over the rules' IL that nothing else waits for (issue 24).
        var timelines = regions.ToDictionary(r => r.Key, r => new ParameterTimeline(r.Value, hostValues.TryGetValue(r.Key, out var values) ? values : []), StringComparer.Ordinal);
        var disabled = options.DisabledRules.ToArray();
        // Queued to the pool, but whoever needs it first computes it (Lazy): a first case never waits in the pool's
        // queue behind other work — on a loaded machine or a busy host that wait outlasted the build check's budget.
        var policy = new Lazy<PolicyProvenance>(() => Provenance.PolicyFingerprint.Of(rules, timelines, disabled), LazyThreadSafetyMode.ExecutionAndPublication);
        ThreadPool.UnsafeQueueUserWorkItem(
            static state =>
            {
                var (fingerprint, log) = state;
                try
                {
                    _ = fingerprint.Value;
                }
                catch (Exception)
                {
                    return; // thrown again to whoever reads it
                }

                log?.Invoke(fingerprint.Value);
            },
            (policy, options.CompileOnFirstCase ? (Action<PolicyProvenance>?)(p => Telemetry.PolicyLog.Built(logger, (long)System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds, rules.Count, RegionNames(regions.Keys), p.Fingerprint)) : null),
            preferLocal: false);

        // Compiled now, not on a region's first case: start-up pays the cost, and the first request does not — unless
        // the host asked for each region on its first case (a one-case process such as `bars-policy evaluate`).
        var runtimes = new Dictionary<string, RegionRuntime>(StringComparer.Ordinal);
        foreach (var region in regions.Keys)
        {
            // The region's rule set, assembled here once: every question asked of the engine reads this one.
            var inRegion = rules
                .Where(r => r.AppliesIn(region))
                .Where(r => !options.DisabledRules.Any(d => d.Region == region && d.RuleName == r.Name))
                .ToArray();
            var wanted = options.Execution;
            // Interpreted first, compiled after a region's 30th case (SequentialPlan.Ran): compiling the delegates is
            // most of a warm build of the shipped policy (issue 24), and a few cases never earn it back.
            var tiered = !options.CompileDelegatesAtOnce;
            var compiledRules = options.UseCompiledRules;
            var compiled = new Lazy<CompiledRegion>(() => Compile(region, inRegion, wanted, tiered, compiledRules, logger), LazyThreadSafetyMode.ExecutionAndPublication);
            if (!options.CompileOnFirstCase) _ = compiled.Value;
            runtimes.Add(region, new RegionRuntime(timelines[region], inRegion, compiled));
        }

        var built = new BuiltPolicy(runtimes, disabled, rules, policy, logger);
        // The fast subset of Verify: a clash is a configuration error. The shipped policy alone is verified whole by
        // the library's own tests, so it is checked only when a host adds to it (the check compiles every region).
        var addsToShipped = options.AddedRegions.Count > 0 || options.RuleSets.Count > 0 || options.RuleTypes.Count > 0 || options.DisabledRules.Count > 0 || hostValues.Values.Any(v => v.Count > 0);
        if (addsToShipped) PolicyEngine.RefuseClashes(built, options.BuildCheckBudget);
        // Logged once the fingerprint is known: here when the regions were compiled here (it was computed beside them);
        // with CompileOnFirstCase, by the pool's work item above.
        if (!options.CompileOnFirstCase)
        {
            Telemetry.PolicyLog.Built(logger, (long)System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds, rules.Count, RegionNames(regions.Keys), policy.Value.Fingerprint);
        }

        return built;
    }

    private static string RegionNames(IEnumerable<string> regions) => string.Join(", ", regions.Order(StringComparer.Ordinal));

    private static CompiledRegion Compile(string region, Anatomy.RuleAnatomy[] rules, PolicyExecution wanted, bool tiered, bool compiledRules, Microsoft.Extensions.Logging.ILogger logger)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        // The sequential plan runs its own delegates (the compiled rules, or its own from the rules' expressions) and
        // reads NRules' network only for its shape: there, NRules' expressions are not compiled at all. A region that
        // falls back to Rete is compiled again, in full, to run.
        string? reason = null;
        var sessions = wanted == PolicyExecution.Sequential
            ? new RuleCompiler { ExpressionCompiler = new Sequential.ShapeOnlyExpressions() }.Compile(rules.Select(r => (NRules.RuleModel.IRuleDefinition)r))
            : new RuleCompiler().Compile(rules.Select(r => (NRules.RuleModel.IRuleDefinition)r));
        var plan = wanted == PolicyExecution.Sequential ? Sequential.SequentialPlan.TryBuild(rules, sessions, tiered, compiledRules, out reason) : null;
        if (wanted == PolicyExecution.Sequential && plan is null) sessions = new RuleCompiler().Compile(rules.Select(r => (NRules.RuleModel.IRuleDefinition)r));
        RuleFailures.Watch(sessions);
        var execution = plan is null && wanted == PolicyExecution.Sequential
            ? new RegionExecution(region, PolicyExecution.Rete, reason)
            : new RegionExecution(region, wanted, null);
        if (execution.Reason is { } why) Telemetry.PolicyLog.FellBackToRete(logger, region, why);
        if (plan is { FromExpressions.Count: > 0 } p) Telemetry.PolicyLog.FromExpressions(logger, region, p.FromExpressions.Count, string.Join(", ", p.FromExpressions));
        Telemetry.PolicyLog.Compiled(logger, region, (long)System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds, execution.Execution);
        return new CompiledRegion(sessions, plan, execution);
    }

    private static (Dictionary<string, RegionParameters> Regions, Dictionary<string, List<ParameterValue>> HostValues, IReadOnlyList<Anatomy.RuleAnatomy> Rules) Load(
        PolicyEngineOptions options, List<string> failures)
    {
        var regions = new Dictionary<string, RegionParameters>(ShippedParameters.ByRegion, StringComparer.Ordinal);

        // Names are compared exactly, so "kursk" beside "Kursk" would be a second region no case means to name.
        var caseless = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var region in regions.Keys) caseless.Add(region, region);
        foreach (var added in options.AddedRegions)
        {
            if (HasStrayWhiteSpace(added))
            {
                failures.Add($"Region '{added}' has white space at its start or end, or a space that is not a plain one (a no-break space, a tab): a case would have to spell it so. Write the name without it.");
            }
            else if (PolicyNames.NameProblem(added) is { } problem)
            {
                failures.Add($"Region {problem}");
            }
            else if (regions.ContainsKey(added))
            {
                failures.Add($"Region '{added}' is added twice, or is a region the library ships.");
            }
            else if (caseless.TryGetValue(added, out var known))
            {
                failures.Add($"Region '{added}' differs only by case from region '{known}'; region names are compared exactly, so use one spelling.");
            }
            else
            {
                regions.Add(added, ShippedParameters.Region(added));
                caseless.Add(added, added);
            }
        }

        var hostValues = HostValues(options.Parameters.Values, regions, failures);
        foreach (var (region, shipped) in regions) CheckAgeLimits(region, shipped, hostValues.TryGetValue(region, out var values) ? values : [], failures);
        var (rules, scopes, structural) = LoadRules(options.RuleSets, options.RuleTypes, regions, failures);
        if (options.Execution == PolicyExecution.Sequential && !options.FallBackToRete)
        {
            // A shape the sequential plan cannot run would move its whole region to Rete, about ten times slower.
            foreach (var rule in rules.Where(r => r.NotSequential is not null))
            {
                failures.Add(
                    $"Rule '{rule.Name}' cannot run in sequence: {rule.NotSequential}. Write it as one pattern over one fact with its own conditions (Not/Exists of one fact allowed) and actions that record through Decide, or let its regions run on Rete with FallBackToRete = true.");
            }
        }

        foreach (var off in options.DisabledRules)
        {
            if (string.IsNullOrWhiteSpace(off.Reason)) failures.Add($"Rule '{off.RuleName}' is disabled for '{off.Region}' without a reason: say why (it is kept for audit).");
            if (!regions.ContainsKey(off.Region)) failures.Add($"Rule '{off.RuleName}' is disabled for '{off.Region}', which is not a known region.{NameSuggestion.For(off.Region, regions.Keys)}");
            else if (!scopes.TryGetValue(off.RuleName, out var scope)) failures.Add($"Rule '{off.RuleName}' is disabled for '{off.Region}', but no rule has that name.{NameSuggestion.For(off.RuleName, scopes.Keys)}");
            else if (structural.Contains(off.RuleName)) failures.Add($"Rule '{off.RuleName}' keeps every decision complete and cannot be disabled; add a rule of your own that decides first.");
            else if (scope is not null && !scope.Contains(off.Region)) failures.Add($"Rule '{off.RuleName}' is disabled for '{off.Region}', where it does not apply.");
        }

        return (regions, hostValues, rules);
    }

    private static (IReadOnlyList<Anatomy.RuleAnatomy> Rules, Dictionary<string, HashSet<string>?> Scopes, HashSet<string> Structural) LoadRules(
        IReadOnlyList<Assembly> hostAssemblies, IReadOnlyList<Type> hostTypes, Dictionary<string, RegionParameters> regions, List<string> failures)
    {
        var scopes = new Dictionary<string, HashSet<string>?>(StringComparer.Ordinal);
        var structural = new HashSet<string>(StringComparer.Ordinal);
        var ruleTypes = new Dictionary<string, Type>(StringComparer.Ordinal);
        var repository = new RuleRepository();
        var types = ShippedRuleTypes()
            .Concat(hostAssemblies.Distinct().SelectMany(a => HostRuleTypes(a, failures)))
            .Concat(GivenRuleTypes(hostTypes, failures))
            .Distinct()
            .ToArray();
        // The classes' IL, which the fingerprint reads, is read beside the rules' loading (issue 24).
        ThreadPool.UnsafeQueueUserWorkItem(
            static t =>
            {
                try
                {
                    Provenance.IlText.ReadAhead(t, typeof(Rule));
                }
                catch (Exception)
                {
                    // Read again by the fingerprint, which throws it to whoever asks.
                }
            },
            types,
            preferLocal: false);
        repository.Load(x => x.From(types).PrivateTypes(true).Where(meta =>
        {
            if (scopes.ContainsKey(meta.Name))
            {
                failures.Add($"Two rules are named '{meta.Name}' (one is {meta.RuleType.FullName}).");
                return false;
            }

            var appliesTo = meta.RuleType.GetCustomAttribute<AppliesToAttribute>()?.Regions;
            foreach (var region in appliesTo ?? [])
            {
                if (!regions.ContainsKey(region)) failures.Add($"Rule '{meta.Name}' applies to '{region}', which is not a known region.{NameSuggestion.For(region, regions.Keys)}");
            }

            ruleTypes.Add(meta.Name, meta.RuleType);
            scopes.Add(meta.Name, appliesTo is null ? null : new HashSet<string>(appliesTo, StringComparer.Ordinal));
            if (meta.RuleType.IsDefined(typeof(Rules.KeepsDecisionsCompleteAttribute), inherit: false)) structural.Add(meta.Name);
            return true;
        }));
        // Each rule read once, here: everything the engine later knows of a rule comes from its anatomy.
        var anatomies = repository.GetRuleSets().SelectMany(s => s.Rules)
            .Select(r => Anatomy.RuleAnatomy.Read(r, ruleTypes[r.Name], scopes[r.Name] is { } scope ? scope.Order(StringComparer.Ordinal).ToArray() : null))
            .ToArray();
        return (anatomies, scopes, structural);
    }

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "ILLink.Descriptors.xml keeps every type of this assembly.")]
    private static IEnumerable<Type> ShippedRuleTypes() =>
        typeof(PolicyBuild).Assembly.GetTypes().Where(t => typeof(Rule).IsAssignableFrom(t) && !t.IsAbstract);

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "AddRuleSet requires unreferenced code: a trimmed host keeps its own rule types.")]
    private static IEnumerable<Type> HostRuleTypes(Assembly assembly, List<string> failures)
    {
        var loadable = new List<Type>();
        var found = assembly.GetTypes().Where(t => typeof(Rule).IsAssignableFrom(t) && !t.IsAbstract).ToArray();
        if (found.Length == 0)
        {
            failures.Add($"Assembly {assembly.GetName().Name} has no rule classes (non-abstract classes deriving from NRules.Fluent.Dsl.Rule): is it the assembly that holds your rules?");
        }

        foreach (var type in found)
        {
            // NRules loads only public, top-level, closed rule classes: any other would be left out without a word.
            if (type.IsPublic && !type.IsGenericTypeDefinition) loadable.Add(type);
            else failures.Add($"Rule class '{type.FullName}' in {assembly.GetName().Name} cannot be loaded: a host rule class must be public, not nested and not generic (or abstract, if it is a base class).");
        }

        return loadable;
    }

    // The classes a host named one by one: each must be a rule NRules can load.
    private static IEnumerable<Type> GivenRuleTypes(IReadOnlyList<Type> types, List<string> failures)
    {
        var loadable = new List<Type>();
        foreach (var type in types.Distinct())
        {
            if (!typeof(Rule).IsAssignableFrom(type) || type.IsAbstract) failures.Add($"'{type.FullName}' is not a rule class: AddRuleSet takes non-abstract classes deriving from NRules.Fluent.Dsl.Rule.");
            else if (!type.IsPublic || type.IsGenericTypeDefinition) failures.Add($"Rule class '{type.FullName}' cannot be loaded: a host rule class must be public, not nested and not generic.");
            else loadable.Add(type);
        }

        return loadable;
    }

    private static Dictionary<string, List<ParameterValue>> HostValues(IReadOnlyList<HostParameterValue> values, Dictionary<string, RegionParameters> regions, List<string> failures)
    {
        var byRegion = new Dictionary<string, List<ParameterValue>>(StringComparer.Ordinal);
        foreach (var v in values)
        {
            var what = $"{v.Parameter} for '{v.Region}' from {v.From:yyyy-MM-dd}";
            var failure = Failure(v, what, regions);
            if (failure is not null)
            {
                failures.Add(failure);
                continue;
            }

            if (!byRegion.TryGetValue(v.Region, out var list)) byRegion.Add(v.Region, list = []);
            list.Add(new ParameterValue(v.Parameter, v.Value, v.Citation!, v.From, v.To)); // Failure refuses a value without one
        }

        foreach (var (region, list) in byRegion)
        {
            foreach (var group in list.GroupBy(p => p.Name))
            {
                ParameterValue? previous = null;
                foreach (var p in group.OrderBy(p => p.EffectiveFrom))
                {
                    if (previous is not null && (previous.EffectiveTo is not { } end || end >= p.EffectiveFrom)) failures.Add(Overlap(region, previous, p));
                    previous = p;
                }
            }
        }

        return byRegion;
    }

    // Which region, which parameter, both sources, and the fix: one value per day, so the first ends before the second starts.
    private static string Overlap(string region, ParameterValue first, ParameterValue second)
    {
        var to = first.EffectiveTo is { } e ? $"to {e:yyyy-MM-dd}" : "with no end";
        var fix = first.EffectiveFrom == second.EffectiveFrom
            ? "Both start on the same day: keep one."
            : $"End the first with effectiveTo {second.EffectiveFrom!.Value.AddDays(-1):yyyy-MM-dd}, the day before the second starts.";
        return $"{first.Name} for '{region}' has overlapping periods: from {first.EffectiveFrom:yyyy-MM-dd} {to} (cited '{first.Citation.Id}') and from {second.EffectiveFrom:yyyy-MM-dd} (cited '{second.Citation.Id}'). {fix}";
    }

    // A name a case could not spell by accident: nothing around it, and no space but the plain one.
    private static bool HasStrayWhiteSpace(string name) =>
        name.Length != name.Trim().Length || name.Any(c => char.IsWhiteSpace(c) && c != ' ');

    /// <summary>What is wrong with one host value on its own, or null: the first fault only, as the later checks
    /// assume the earlier ones passed.</summary>
    private static string? Failure(HostParameterValue v, string what, Dictionary<string, RegionParameters> regions)
    {
        if (!Enum.IsDefined(v.Parameter)) return $"{what}: {v.Parameter} is not a parameter (see the Parameter enum).";
        if (!regions.ContainsKey(v.Region))
        {
            return NameSuggestion.Nearest(v.Region, regions.Keys) is { } near
                ? $"{what}: '{v.Region}' is not a known region. Did you mean '{near}'? (Region names are compared exactly.)"
                : $"{what}: '{v.Region}' is not a known region (add it with AddRegion).";
        }
        if (v.Citation is null || string.IsNullOrWhiteSpace(v.Citation.Id) || string.IsNullOrWhiteSpace(v.Citation.Quote))
        {
            return $"{what} has no citation: give the source's id and its words.";
        }

        if (PolicyNames.CitationIdProblem(v.Citation.Id) is { } id) return $"{what}: its citation id {id}";
        if (v.To is { } to && to < v.From) return $"{what} ends on {to:yyyy-MM-dd}, before it starts.";
        if (v.Value > MaxAmountRub && IsAmount(v.Parameter))
        {
            return $"{what}: {v.Value} roubles is more than {MaxAmountRub:N0} roubles, the largest amount the engine accepts.";
        }

        return PossibleValue(v) ? null : $"{what}: {v.Value} is not a possible value.";
    }

    /// <summary>
    /// The largest amount a host may set, a trillion roubles: far above any payment, and small enough that a
    /// comparison's sums stay far inside <see cref="decimal"/> (about 7.9e28). A case costs at most the monthly pay
    /// × the longest representable contract (119,987 months, from 0001-01-01) + its one-time amounts, about 1.2e17 at
    /// this bound, so a total can overflow only past 6.6e11 cases (and then reports it, see PolicyComparison).
    /// </summary>
    internal const decimal MaxAmountRub = 1_000_000_000_000m;

    private static bool IsAmount(Parameter p) =>
        p is Parameter.MonthlyPayRub or Parameter.AnnualContractPaymentRub or Parameter.SixMonthContractPaymentRub or Parameter.InjuryOnDutyCompensationRub;

    // Not policy: bounds that keep date arithmetic representable (no age past 150 years, no term or training past
    // 100 years of months or days), so a host's typo fails here rather than as an overflow at evaluation. A training
    // that still ends after 9999-12-31 (a contract starting late in 9999) is the case's validation error.
    private static bool PossibleValue(HostParameterValue v)
    {
        var whole = decimal.Truncate(v.Value) == v.Value;
        var ok = v.Parameter switch
        {
            Parameter.MinimumAge or Parameter.MaximumAge => whole && v.Value is >= 0 and <= 150,
            Parameter.TrainingDays or Parameter.AnnualContractMonths or Parameter.SixMonthContractMonths => whole && v.Value >= 1 && v.Value <= 100 * 12,
            _ => v.Value is >= 0 and <= MaxAmountRub,
        };
        return ok;
    }

    /// <summary>
    /// Refuses a region where, on some day, the resolved minimum age is above the maximum: no one could enlist. The
    /// limits only change on a host value's first day or the day after its last, so those days (and the shipped
    /// values before any of them) are every case there is.
    /// </summary>
    private static void CheckAgeLimits(string region, RegionParameters shipped, IReadOnlyList<ParameterValue> hostValues, List<string> failures)
    {
        var ages = hostValues.Where(p => p.Name is Parameter.MinimumAge or Parameter.MaximumAge).ToArray();
        var days = new SortedSet<DateOnly> { DateOnly.MinValue };
        foreach (var p in ages)
        {
            days.Add(p.EffectiveFrom ?? DateOnly.MinValue);
            if (p.EffectiveTo is { } to && to < DateOnly.MaxValue) days.Add(to.AddDays(1));
        }

        (ParameterValue Min, ParameterValue Max)? reported = null;
        foreach (var day in days)
        {
            var min = ages.FirstOrDefault(p => p.Name == Parameter.MinimumAge && p.InForceOn(day)) ?? shipped[Parameter.MinimumAge]!;
            var max = ages.FirstOrDefault(p => p.Name == Parameter.MaximumAge && p.InForceOn(day)) ?? shipped[Parameter.MaximumAge]!;
            if (min.Value <= max.Value || reported == (min, max)) continue;
            var when = day == DateOnly.MinValue ? "on every day" : $"from {day:yyyy-MM-dd}";
            failures.Add($"'{region}' has MinimumAge {min.Value} above MaximumAge {max.Value} {when}: no applicant could be accepted.");
            reported = (min, max);
        }
    }
}

/// <summary>What the engine runs, and what it can describe of itself. <paramref name="Policy"/> is computed on
/// the pool, or by whoever needs it first (a decision, or whoever asks the engine).</summary>
internal sealed record BuiltPolicy(Dictionary<string, RegionRuntime> Regions, IReadOnlyList<DisabledRule> Disabled, IReadOnlyList<Anatomy.RuleAnatomy> Rules, Lazy<PolicyProvenance> Policy, Microsoft.Extensions.Logging.ILogger Logger);

/// <summary>One region as the engine runs it: its parameters over time, its rule set (the rules that apply there,
/// less those switched off) and those rules compiled (when the engine is built, or on the region's first use).</summary>
internal sealed record RegionRuntime(ParameterTimeline Parameters, IReadOnlyList<Anatomy.RuleAnatomy> Rules, Lazy<CompiledRegion> Compiled)
{
    /// <summary>The region's rules compiled into NRules' network.</summary>
    public ISessionFactory Sessions => Compiled.Value.Sessions;

    /// <summary>The sequential plan when the region has one (null: it runs on Rete).</summary>
    public Sequential.SequentialPlan? Plan => Compiled.Value.Plan;

    /// <summary>How the region runs, and why when it fell back to Rete.</summary>
    public RegionExecution Execution => Compiled.Value.Execution;
}

/// <summary>A region's compiled rule set, its sequential plan when it has one, and how it runs.</summary>
internal sealed record CompiledRegion(ISessionFactory Sessions, Sequential.SequentialPlan? Plan, RegionExecution Execution);
