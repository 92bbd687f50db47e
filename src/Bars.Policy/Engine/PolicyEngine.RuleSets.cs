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
    public PolicyProvenance Policy => policy.Value;

    /// <summary>
    /// The build's fast check (<see cref="InputClasses.FastSubset"/>, a few milliseconds a region): refuses a
    /// configuration whose rules clash, naming both rules, the region and a case that shows it. It runs on a thread of
    /// its own within <paramref name="budget"/>: a host rule that does not end, or allocates without bound, on one of
    /// its cases fails the build naming the rule and the region (a rule that never ends is left running on that
    /// background thread: .NET cannot stop a thread).
    /// </summary>
    /// <param name="built">The policy being built.</param>
    /// <param name="budget">The time and bytes each case of the check may take.</param>
    /// <exception cref="PolicyConfigurationException">Two rules decide one outcome for some case, or a rule went over the budget.</exception>
    internal static void RefuseClashes(BuiltPolicy built, BuildCheckBudget budget)
    {
        var watch = new BuildCheckWatch(budget);
        IReadOnlyList<string> failures = [];
        System.Runtime.ExceptionServices.ExceptionDispatchInfo? crash = null;
        var worker = new Thread(() =>
        {
            BuildCheckWatch.Current = watch;
            try
            {
                failures = Clashes(built, watch);
            }
            catch (Exception e)
            {
                crash = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e);
            }
            finally
            {
                BuildCheckWatch.Current = null;
                watch.Done.Set();
            }
        })
        {
            IsBackground = true, // a rule that never ends must not keep the process alive
            Name = "Bars.Policy build check",
        };
        worker.Start();
        while (!watch.Done.Wait(TimeSpan.FromMilliseconds(100)))
        {
            if (watch.Overdue() is { } late) throw new PolicyConfigurationException([late]);
        }

        if (crash?.SourceException is BuildCheckWatch.OverBudgetException over) throw new PolicyConfigurationException([over.Message]);
        crash?.Throw();
        if (failures.Count > 0) throw new PolicyConfigurationException(failures);
    }

    // Every region's clashes, on the checking thread; the fingerprint (every decision carries it) and each region
    // compiled before its cases' clocks start.
    private static List<string> Clashes(BuiltPolicy built, BuildCheckWatch watch)
    {
        var engine = new PolicyEngine(built);
        var failures = new List<string>();
        _ = engine.Policy;
        foreach (var region in engine.Regions)
        {
            _ = built.Regions[region].Compiled.Value;
            var rules = engine.RulesIn(region);
            var classes = engine.ClassesOf(region, rules);
            PolicyDecision Watched(PolicyCase c)
            {
                watch.Begin(region, c);
                PolicyDecision decision;
                try
                {
                    decision = engine.Evaluate(c);
                }
                finally
                {
                    watch.Stop(); // a case that throws (a clash) stops the clock too
                }

                watch.End();
                return decision;
            }

            var outcome = Verifier.Subset(Watched, classes, rules.Select(r => r.Name).ToHashSet(StringComparer.Ordinal), classes.FastSubset());
            foreach (var clash in outcome.Failures.Where(f => f.Check == VerificationCheck.Clash))
            {
                failures.Add($"In {region}, {clash.Message[..^1]}: for instance {clash.Classes}; the case {clash.CaseJson}");
            }
        }

        return failures;
    }

    /// <summary>The rules of <paramref name="region"/>'s rule set: those that apply there, less those switched off
    /// (assembled once, when the engine was built).</summary>
    internal IReadOnlyList<Engine.Anatomy.RuleAnatomy> RulesIn(string region) => regions[region].Rules;

    /// <summary>
    /// Whether <paramref name="other"/> decides <paramref name="region"/>'s cases as this engine does: both have the
    /// region, with the same rules (class, name, and each expression as written, the values it captured included) and
    /// the same parameters over time. A reform of another region's parameters leaves a region alike, and a comparison
    /// then decides its cases once (<see cref="ComparisonExtensions.CompareEachAsync"/>). Rules are made by the engine
    /// from their classes (parameterless constructors), and every execution decides alike (the equality property), so
    /// nothing else of an engine changes a region's decisions.
    /// </summary>
    internal bool DecidesAlike(PolicyEngine other, string region)
    {
        if (!regions.TryGetValue(region, out var mine) || !other.regions.TryGetValue(region, out var theirs)) return false;
        if (!mine.Parameters.SameAs(theirs.Parameters) || mine.Rules.Count != theirs.Rules.Count) return false;
        for (var i = 0; i < mine.Rules.Count; i++)
        {
            var (a, b) = (mine.Rules[i], theirs.Rules[i]);
            if (a.RuleType != b.RuleType || a.Name != b.Name || !a.Written.SequenceEqual(b.Written, StringComparer.Ordinal)) return false;
        }

        return true;
    }

    /// <summary><paramref name="decision"/>, made by an engine that decides its region alike (<see cref="DecidesAlike"/>),
    /// as this engine's: the same decision under this engine's <see cref="Policy"/> (an invalid one names none).</summary>
    internal PolicyDecision AsOwn(PolicyDecision decision) => decision.Policy is null ? decision
        : new PolicyDecision(decision.CaseId, decision.Region, decision.AsOf, decision.Enlistment, decision.Entitlements, decision.Obligations, decision.Service, decision.Errors, Policy);

    /// <summary>The input classes of <paramref name="region"/>, from its boundaries (the timeline and why-not read the same).</summary>
    internal InputClasses ClassesOf(string region, IReadOnlyList<Engine.Anatomy.RuleAnatomy>? rules = null) =>
        InputClasses.Of(region, rules is null ? BoundariesOf(region) : RuleBoundaries.Of(region, rules, ParametersOf(region)));
}
