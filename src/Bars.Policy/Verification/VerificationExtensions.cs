using System.Diagnostics;
using Bars.Policy.Parameters;
using Bars.Policy.Verification;

namespace Bars.Policy;

/// <summary>What an engine can prove of its own rule sets (see <see cref="PolicyVerification"/>).</summary>
public static class VerificationExtensions
{
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
    /// <param name="engine">The engine whose rule sets are checked.</param>
    /// <param name="regions">The regions to check; every region of the engine when null. A rule is then dead when
    /// it fires in none of them and applies nowhere else; claim coverage needs every region (a claim may be
    /// another region's), so it is checked only when all are.</param>
    /// <returns>The classes, counts and time per region; each failure with its smallest counterexample.</returns>
    /// <exception cref="ArgumentException">A region is not one of <see cref="Regions"/>.</exception>
    public static PolicyVerification Verify(this PolicyEngine engine, IEnumerable<string>? regions = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var watch = Stopwatch.StartNew();
        var chosen = regions?.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray() ?? engine.Regions.ToArray();
        foreach (var region in chosen)
        {
            if (!engine.Regions.Contains(region, StringComparer.Ordinal)) throw new ArgumentException($"'{region}' is not a region of this engine: expected one of {string.Join(", ", engine.Regions)}.", nameof(regions));
        }

        var outcomes = chosen.Select(region =>
        {
            var rules = engine.RulesIn(region);
            return (Rules: rules, Outcome: Verifier.Full(engine, engine.ClassesOf(region, rules), rules.Select(r => r.Name).ToHashSet(StringComparer.Ordinal)));
        }).ToArray();

        var elsewhere = engine.Regions.Except(chosen, StringComparer.Ordinal).SelectMany(r => engine.RulesIn(r).Select(d => d.Name)).ToHashSet(StringComparer.Ordinal);
        var inForce = outcomes.SelectMany(o => o.Rules.Select(r => r.Name)).Where(r => !elsewhere.Contains(r)).ToHashSet(StringComparer.Ordinal);
        var fired = outcomes.SelectMany(o => o.Outcome.Fired).ToHashSet(StringComparer.Ordinal);
        var cited = outcomes.SelectMany(o => o.Outcome.Cited).ToHashSet(StringComparer.Ordinal);
        var claims = chosen.Length == engine.Regions.Count ? Claims.All.Select(c => c.Id) : [];
        return new PolicyVerification(
            engine.Policy,
            outcomes.Select(o => o.Outcome.Region).ToArray(),
            outcomes.SelectMany(o => o.Outcome.Failures).ToArray(),
            inForce.Where(r => !fired.Contains(r)).Order(StringComparer.Ordinal).ToArray(),
            claims.Where(id => !cited.Contains(id)).ToArray(),
            watch.Elapsed);
    }
}
