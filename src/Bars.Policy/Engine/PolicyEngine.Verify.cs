using System.Diagnostics;
using Bars.Policy.Engine;
using Bars.Policy.Parameters;
using Bars.Policy.Verification;

namespace Bars.Policy;

// Verification and provenance: what the engine can prove of its own rule sets, and which policy made a decision.
public sealed partial class PolicyEngine
{
    /// <summary>
    /// The policy this engine runs: the library version and the fingerprint of its configuration. Every decision
    /// it makes carries this same object (<see cref="PolicyDecision.Policy"/>); the catalogue prints it.
    /// </summary>
    public PolicyProvenance Policy { get; }

    /// <summary>
    /// Checks every region's rule set — shipped rules, host rules, host parameters, disabled rules — over every
    /// combination of input classes: for each input field, the classes its rules can tell apart, read off the rules'
    /// conditions and the parameters' values in each of their periods (ages on the day enlistment is judged and a
    /// birthday after the contract's start, contract lengths, the contract's phases on asOf, an early termination by
    /// either party, injuries on and off duty), every flag both ways, every sex. For each combination it proves that
    /// every outcome is decided exactly once, nothing throws, every Undetermined has its reason, every finding cites a
    /// claim, a reading or a host citation, someone never a member (not Eligible, or no contract) has no entitlement or
    /// duty (I4, I7), monthly pay and the retained post hold only while a member (I8), duties only while Assigned
    /// (I10), the decision does not depend on the order of the injuries, and, against the same case a year after its
    /// term, the enlistment is the same (I6) and what was granted for good still is (I8). It reports the
    /// rules that never fire and the claims no finding cites. Uses every core; hundreds of thousands of cases per
    /// region take seconds.
    /// </summary>
    /// <param name="regions">The regions to check; every region of the engine when null. A rule is then dead when
    /// it fires in none of them and applies nowhere else; claim coverage needs every region (a claim may be
    /// another region's), so it is checked only when all are.</param>
    /// <returns>The classes, counts and time per region; each failure with its smallest counterexample.</returns>
    /// <exception cref="ArgumentException">A region is not one of <see cref="Regions"/>.</exception>
    public PolicyVerification Verify(IEnumerable<string>? regions = null)
    {
        var watch = Stopwatch.StartNew();
        var chosen = regions?.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray() ?? Regions.ToArray();
        foreach (var region in chosen)
        {
            if (!this.regions.ContainsKey(region)) throw new ArgumentException($"'{region}' is not a region of this engine: expected one of {string.Join(", ", Regions)}.", nameof(regions));
        }

        var outcomes = chosen.Select(region =>
        {
            var rules = RulesIn(region);
            return (Rules: rules, Outcome: Verifier.Full(this, ClassesOf(region, rules), rules.Select(r => r.Name).ToHashSet(StringComparer.Ordinal)));
        }).ToArray();

        var elsewhere = Regions.Except(chosen, StringComparer.Ordinal).SelectMany(r => RulesIn(r).Select(d => d.Name)).ToHashSet(StringComparer.Ordinal);
        var inForce = outcomes.SelectMany(o => o.Rules.Select(r => r.Name)).Where(r => !elsewhere.Contains(r)).ToHashSet(StringComparer.Ordinal);
        var fired = outcomes.SelectMany(o => o.Outcome.Fired).ToHashSet(StringComparer.Ordinal);
        var cited = outcomes.SelectMany(o => o.Outcome.Cited).ToHashSet(StringComparer.Ordinal);
        var claims = chosen.Length == Regions.Count ? Claims.All.Select(c => c.Id) : [];
        return new PolicyVerification(
            Policy,
            outcomes.Select(o => o.Outcome.Region).ToArray(),
            outcomes.SelectMany(o => o.Outcome.Failures).ToArray(),
            inForce.Where(r => !fired.Contains(r)).Order(StringComparer.Ordinal).ToArray(),
            claims.Where(id => !cited.Contains(id)).ToArray(),
            watch.Elapsed);
    }

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
