using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace Bars.Policy;

/// <summary>
/// How a <see cref="PolicyEngine"/> is built: the shipped policy, plus what a host adds — regions, rule sets from its
/// own assemblies, dated parameter values with its own citations, and shipped rules switched off for a region.
/// Everything is checked when the engine is built, every failure reported at once
/// (<see cref="PolicyConfigurationException"/>). With dependency injection these are ordinary options
/// (<c>services.AddBarsPolicy(o =&gt; …)</c>, <c>services.Configure&lt;PolicyEngineOptions&gt;(…)</c>): configurations compose.
/// </summary>
public sealed class PolicyEngineOptions
{
    private readonly List<string> regions = [];
    private readonly List<Assembly> ruleSets = [];
    private readonly List<Type> ruleTypes = [];
    private readonly List<DisabledRule> disabled = [];

    /// <summary>
    /// How the regions' rules run: <see cref="PolicyExecution.Sequential"/> (the default; a rule whose shape it
    /// cannot run is refused, unless <see cref="FallBackToRete"/>) or <see cref="PolicyExecution.Rete"/>. The
    /// decisions are the same either way.
    /// </summary>
    public PolicyExecution Execution { get; set; } = PolicyExecution.Sequential;

    /// <summary>
    /// Let a region whose rules have a shape the sequential execution cannot run (a join, a retraction, an Or, …) run on
    /// Rete instead, about ten times slower (<see cref="PolicyEngine.ExecutionOf(string)"/> says which and why). Off by
    /// default: such a rule is then a configuration failure naming the rule and its shape, so a region never becomes
    /// slow without a word.
    /// </summary>
    public bool FallBackToRete { get; set; }

    /// <summary>
    /// Compile each region's rules when its first case arrives (or its execution is asked for) instead of when the
    /// engine is built. Off by default: a service pays at start-up, its first request does not, and a rule NRules
    /// cannot compile fails the build. On, a process that answers a few cases (the <c>bars-policy evaluate</c>
    /// command) compiles only the regions it meets; a compilation failure is then thrown by the first evaluation in
    /// that region. A configuration that adds to the shipped policy (regions, rule sets, values, disabled rules) is
    /// still checked for clashing rules when built, which evaluates, and so compiles, every region. Either way, a
    /// sequential region's first 30 cases run on interpreted conditions and actions, compiled on another thread after
    /// that (as the JIT tiers code): building an engine does not wait for them, a process that answers a few cases
    /// never pays for them, and the decisions are the same either way.
    /// </summary>
    public bool CompileOnFirstCase { get; set; }

    /// <summary>
    /// Where the engine logs: its build (how long, which policy), a region that runs on Rete, a host rule that fails
    /// on a case. None by default; <c>AddBarsPolicy</c> sets the container's when the options leave it null.
    /// </summary>
    public Microsoft.Extensions.Logging.ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>Dated parameter values per region.</summary>
    public PolicyParameters Parameters { get; } = new();

    /// <summary>The time and bytes each case of the build's check for clashing rules may take (smaller in tests).</summary>
    internal Engine.BuildCheckBudget BuildCheckBudget { get; set; } = Engine.BuildCheckBudget.Default;

    /// <summary>Compile the sequential plans' conditions and actions when a region is compiled, not after its first 30
    /// cases: the tests' reference for the tiered plans, which must decide alike.</summary>
    internal bool CompileDelegatesAtOnce { get; set; }

    /// <summary>Run the shipped rules' conditions and actions as the C# compiled with the library
    /// (Rules/Generated/CompiledRules.g.cs); false: from their expressions, as a host's rules run. The tests' third
    /// execution, which must decide alike.</summary>
    internal bool UseCompiledRules { get; set; } = true;

    internal IReadOnlyList<string> AddedRegions => regions;

    internal IReadOnlyList<Assembly> RuleSets => ruleSets;

    internal IReadOnlyList<Type> RuleTypes => ruleTypes;

    internal IReadOnlyList<DisabledRule> DisabledRules => disabled;

    /// <summary>
    /// Adds a region the library does not ship: cases naming it become valid input, the general rules apply to it,
    /// and it has no amounts until <see cref="Parameters"/> or a rule set gives some (until then, Undetermined).
    /// Names are compared exactly; one that differs from another region only by case is refused, and so is one that
    /// holds a character no one can see, a compatibility form or a word mixing scripts (<see cref="PolicyNames"/>).
    /// </summary>
    /// <param name="region">The region's name, as cases will spell it.</param>
    /// <returns>This, to chain calls.</returns>
    public PolicyEngineOptions AddRegion(string region)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(region);
        regions.Add(region);
        return this;
    }

    /// <summary>
    /// Adds the NRules rule classes of <paramref name="assembly"/> (public, non-abstract classes deriving from
    /// <c>NRules.Fluent.Dsl.Rule</c>). Scope them to regions with <see cref="AppliesToAttribute"/>. A non-abstract
    /// rule class that NRules cannot load (not public, nested, or generic) is refused by name, not skipped; an assembly
    /// with no rule class at all is refused (most often the wrong assembly was named).
    /// </summary>
    /// <param name="assembly">The host's assembly of rule classes.</param>
    /// <returns>This, to chain calls.</returns>
    [RequiresUnreferencedCode("Rule classes are found by reflection: a trimmed host must keep them (e.g. TrimmerRootAssembly).")]
    public PolicyEngineOptions AddRuleSet(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ruleSets.Add(assembly);
        return this;
    }

    /// <summary>
    /// Adds the given NRules rule classes, and no others of their assembly: a host that keeps rules for several
    /// configurations in one assembly names the ones this engine runs. Each must be a public, non-abstract, top-level,
    /// non-generic class deriving from <c>NRules.Fluent.Dsl.Rule</c>; any other is refused by name when the engine is built.
    /// </summary>
    /// <param name="ruleTypes">The rule classes.</param>
    /// <returns>This, to chain calls.</returns>
    public PolicyEngineOptions AddRuleSet(params Type[] ruleTypes)
    {
        ArgumentNullException.ThrowIfNull(ruleTypes);
        foreach (var type in ruleTypes) ArgumentNullException.ThrowIfNull(type, nameof(ruleTypes));
        this.ruleTypes.AddRange(ruleTypes);
        return this;
    }

    /// <summary>Switches a shipped or added rule off for one region, with the reason recorded (<see cref="PolicyEngine.DisabledRules"/>).
    /// To replace a rule, disable it and add the replacement in a rule set, scoped to the region.</summary>
    /// <param name="region">The region where the rule no longer applies.</param>
    /// <param name="ruleName">The rule's name (its <c>[Name]</c>).</param>
    /// <param name="reason">Why, kept for audit; an empty one is a failure of the build, reported with the others.</param>
    /// <returns>This, to chain calls.</returns>
    public PolicyEngineOptions DisableRule(string region, string ruleName, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(region);
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleName);
        ArgumentNullException.ThrowIfNull(reason);
        disabled.Add(new DisabledRule(region, ruleName, reason));
        return this;
    }
}
