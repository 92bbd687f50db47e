using System.Diagnostics;
using Bars.Policy.Engine;
using Bars.Policy.Parameters;
using Bars.Policy.Verification;

namespace Bars.Policy;

// Its rule sets and provenance: which policy made a decision, each region's rules (assembled once, when the engine was
// built) and their input classes, and the build's check for clashing rules.
public sealed partial class PolicyEngine
{
    /// <summary>
    /// The policy this engine runs: the library version and the fingerprint of its configuration. Every decision
    /// it makes carries this same object (<see cref="PolicyDecision.Policy"/>); the catalogue prints it.
    /// </summary>
    public PolicyProvenance Policy { get; }

    /// <summary>
    /// The build's fast check (<see cref="InputClasses.FastSubset"/>, a few milliseconds a region): refuses a
    /// configuration whose rules clash, naming both rules, the region and a case that shows it.
    /// </summary>
    /// <exception cref="PolicyConfigurationException">Two rules decide one outcome for some case.</exception>
    internal static void RefuseClashes(BuiltPolicy built)
    {
        var engine = new PolicyEngine(built);
        var failures = new List<string>();
        foreach (var region in engine.Regions)
        {
            var rules = engine.RulesIn(region);
            var classes = engine.ClassesOf(region, rules);
            var outcome = Verifier.Subset(engine, classes, rules.Select(r => r.Name).ToHashSet(StringComparer.Ordinal), classes.FastSubset());
            foreach (var clash in outcome.Failures.Where(f => f.Check == VerificationCheck.Clash))
            {
                failures.Add($"In {region}, {clash.Message[..^1]}: for instance {clash.Classes}; the case {clash.CaseJson}");
            }
        }

        if (failures.Count > 0) throw new PolicyConfigurationException(failures);
    }

    /// <summary>The rules of <paramref name="region"/>'s rule set: those that apply there, less those switched off
    /// (assembled once, when the engine was built).</summary>
    internal IReadOnlyList<Engine.Anatomy.RuleAnatomy> RulesIn(string region) => regions[region].Rules;

    /// <summary>The input classes of <paramref name="region"/>, from its boundaries (the timeline and why-not read the same).</summary>
    internal InputClasses ClassesOf(string region, IReadOnlyList<Engine.Anatomy.RuleAnatomy>? rules = null) =>
        InputClasses.Of(region, rules is null ? BoundariesOf(region) : RuleBoundaries.Of(region, rules, ParametersOf(region)));
}
