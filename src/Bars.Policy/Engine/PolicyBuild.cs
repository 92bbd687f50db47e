using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.RegularExpressions;
using Bars.Policy.Parameters;
using NRules;
using NRules.Fluent;
using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Bars.Policy.Engine;

/// <summary>
/// Turns options into what the engine runs: per region, its parameters over time and its rule set (the rules that
/// apply there, less those switched off), compiled on first use. Every inconsistency fails here, naming the culprit.
/// </summary>
internal static partial class PolicyBuild
{
    public static BuiltPolicy Run(PolicyEngineOptions options)
    {
        var regions = new Dictionary<string, RegionParameters>(ShippedParameters.ByRegion, StringComparer.Ordinal);
        foreach (var added in options.AddedRegions)
        {
            if (!regions.TryAdd(added, ShippedParameters.Region(added)))
            {
                throw new PolicyConfigurationException($"Region '{added}' is added twice, or is a region the library ships.");
            }
        }

        var hostValues = HostValues(options.Parameters.Values, regions);
        var (rules, scopes, structural, types) = LoadRules(options.RuleSets, regions);

        foreach (var off in options.DisabledRules)
        {
            if (!regions.ContainsKey(off.Region)) throw new PolicyConfigurationException($"Rule '{off.RuleName}' is disabled for '{off.Region}', which is not a known region.");
            if (!scopes.TryGetValue(off.RuleName, out var scope)) throw new PolicyConfigurationException($"Rule '{off.RuleName}' is disabled for '{off.Region}', but no rule has that name.");
            if (structural.Contains(off.RuleName)) throw new PolicyConfigurationException($"Rule '{off.RuleName}' keeps every decision complete and cannot be disabled; add a rule of your own that decides first.");
            if (scope is not null && !scope.Contains(off.Region)) throw new PolicyConfigurationException($"Rule '{off.RuleName}' is disabled for '{off.Region}', where it does not apply.");
        }

        var runtimes = new Dictionary<string, RegionRuntime>(StringComparer.Ordinal);
        foreach (var (region, shipped) in regions)
        {
            var inRegion = rules
                .Where(r => scopes[r.Name] is not { } scope || scope.Contains(region))
                .Where(r => !options.DisabledRules.Any(d => d.Region == region && d.RuleName == r.Name))
                .ToArray();
            var timeline = new ParameterTimeline(shipped, hostValues.TryGetValue(region, out var values) ? values : []);
            runtimes.Add(region, new RegionRuntime(timeline, new Lazy<ISessionFactory>(() => new RuleCompiler().Compile(inRegion))));
        }

        var described = rules.Select(r => new RuleInfo(r, types[r.Name], scopes[r.Name] is { } scope ? scope.Order(StringComparer.Ordinal).ToArray() : null)).ToArray();
        return new BuiltPolicy(runtimes, options.DisabledRules.ToArray(), described);
    }

    private static (IReadOnlyList<IRuleDefinition> Rules, Dictionary<string, HashSet<string>?> Scopes, HashSet<string> Structural, Dictionary<string, Type> Types) LoadRules(
        IReadOnlyList<Assembly> hostAssemblies, Dictionary<string, RegionParameters> regions)
    {
        var scopes = new Dictionary<string, HashSet<string>?>(StringComparer.Ordinal);
        var structural = new HashSet<string>(StringComparer.Ordinal);
        var ruleTypes = new Dictionary<string, Type>(StringComparer.Ordinal);
        var repository = new RuleRepository();
        var types = ShippedRuleTypes().Concat(hostAssemblies.Distinct().SelectMany(HostRuleTypes)).ToArray();
        repository.Load(x => x.From(types).PrivateTypes(true).Where(meta =>
        {
            if (scopes.ContainsKey(meta.Name)) throw new PolicyConfigurationException($"Two rules are named '{meta.Name}' (one is {meta.RuleType.FullName}).");
            var appliesTo = meta.RuleType.GetCustomAttribute<AppliesToAttribute>()?.Regions;
            foreach (var region in appliesTo ?? [])
            {
                if (!regions.ContainsKey(region)) throw new PolicyConfigurationException($"Rule '{meta.Name}' applies to '{region}', which is not a known region.");
            }

            ruleTypes.Add(meta.Name, meta.RuleType);
            scopes.Add(meta.Name, appliesTo is null ? null : new HashSet<string>(appliesTo, StringComparer.Ordinal));
            if (meta.RuleType.IsDefined(typeof(Rules.KeepsDecisionsCompleteAttribute), inherit: false)) structural.Add(meta.Name);
            return true;
        }));
        return (repository.GetRuleSets().SelectMany(s => s.Rules).ToArray(), scopes, structural, ruleTypes);
    }

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "ILLink.Descriptors.xml keeps every type of this assembly.")]
    private static IEnumerable<Type> ShippedRuleTypes() =>
        typeof(PolicyBuild).Assembly.GetTypes().Where(t => typeof(Rule).IsAssignableFrom(t) && !t.IsAbstract);

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "AddRuleSet requires unreferenced code: a trimmed host keeps its own rule types.")]
    private static IEnumerable<Type> HostRuleTypes(Assembly assembly) =>
        assembly.GetTypes().Where(t => typeof(Rule).IsAssignableFrom(t) && !t.IsAbstract && t.IsPublic);

    private static Dictionary<string, List<ParameterValue>> HostValues(IReadOnlyList<HostParameterValue> values, Dictionary<string, RegionParameters> regions)
    {
        var byRegion = new Dictionary<string, List<ParameterValue>>(StringComparer.Ordinal);
        foreach (var v in values)
        {
            var what = $"{v.Parameter} for '{v.Region}' from {v.From:yyyy-MM-dd}";
            if (!regions.ContainsKey(v.Region)) throw new PolicyConfigurationException($"{what}: '{v.Region}' is not a known region (add it with AddRegion).");
            if (v.Citation is null || string.IsNullOrWhiteSpace(v.Citation.Id) || string.IsNullOrWhiteSpace(v.Citation.Quote))
            {
                throw new PolicyConfigurationException($"{what} has no citation: give the source's id and its words.");
            }

            if (ClaimId().IsMatch(v.Citation.Id)) throw new PolicyConfigurationException($"{what} cites '{v.Citation.Id}', a claim id of the shipped source; a host cites its own source.");
            if (v.To is { } to && to < v.From) throw new PolicyConfigurationException($"{what} ends on {to:yyyy-MM-dd}, before it starts.");
            CheckValue(v, what);
            if (!byRegion.TryGetValue(v.Region, out var list)) byRegion.Add(v.Region, list = []);
            list.Add(new ParameterValue(v.Parameter, v.Value, new Citation([v.Citation.Id], v.Citation.Quote), v.From, v.To));
        }

        foreach (var list in byRegion.Values)
        {
            foreach (var group in list.GroupBy(p => p.Name))
            {
                ParameterValue? previous = null;
                foreach (var p in group.OrderBy(p => p.EffectiveFrom))
                {
                    if (previous is not null && (previous.EffectiveTo is not { } end || end >= p.EffectiveFrom))
                    {
                        throw new PolicyConfigurationException(
                            $"{p.Name} for one region has overlapping periods: from {previous.EffectiveFrom:yyyy-MM-dd} to {(previous.EffectiveTo is { } e ? e.ToString("yyyy-MM-dd") : "open end")} and from {p.EffectiveFrom:yyyy-MM-dd}.");
                    }

                    previous = p;
                }
            }
        }

        return byRegion;
    }

    // Not policy: bounds that keep date arithmetic representable (no age past 150 years, no term or training past
    // 100 years of months or days), so a host's typo fails here rather than as an overflow at evaluation.
    private static void CheckValue(HostParameterValue v, string what)
    {
        var whole = decimal.Truncate(v.Value) == v.Value;
        var ok = v.Parameter switch
        {
            Parameter.MinimumAge or Parameter.MaximumAge => whole && v.Value is >= 0 and <= 150,
            Parameter.TrainingDays or Parameter.AnnualContractMonths or Parameter.SixMonthContractMonths => whole && v.Value >= 1 && v.Value <= 100 * 12,
            _ => v.Value >= 0,
        };
        if (!ok) throw new PolicyConfigurationException($"{what}: {v.Value} is not a possible value.");
    }

    [GeneratedRegex(@"^C\d+$")]
    private static partial Regex ClaimId();
}

/// <summary>What the engine runs, and what it can describe of itself.</summary>
internal sealed record BuiltPolicy(Dictionary<string, RegionRuntime> Regions, IReadOnlyList<DisabledRule> Disabled, IReadOnlyList<RuleInfo> Rules);

/// <summary>A loaded rule, its class, and the regions it is scoped to (null: every region).</summary>
internal sealed record RuleInfo(IRuleDefinition Definition, Type RuleType, IReadOnlyList<string>? Regions);

/// <summary>One region as the engine runs it: its parameters over time and its rule set, compiled on first use.</summary>
internal sealed record RegionRuntime(ParameterTimeline Parameters, Lazy<ISessionFactory> Sessions);
