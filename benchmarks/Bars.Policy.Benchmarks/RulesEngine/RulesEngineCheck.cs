using Bars.Policy.Cli;
using System.Diagnostics;
using Bars.Policy.Reference;

namespace Bars.Policy.Benchmarks.RulesEngineEncoding;

/// <summary>
/// Checks the RulesEngine encoding against the reference oracle on synthetic valid cases, and times it roughly.
/// Run with <c>dotnet run -c Release --project benchmarks/Bars.Policy.Benchmarks -- --check-rulesengine [n] [seed]</c>.
/// </summary>
internal static class RulesEngineCheck
{
    public const string Switch = "--check-rulesengine";
    private const int DefaultSeed = 20_241_001;

    /// <summary>Parses the optional n and seed after <see cref="Switch"/> and runs the check; returns the exit code.</summary>
    public static int RunFromArgs(string[] args)
    {
        var n = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20_000;
        var seed = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : DefaultSeed;
        return Run(n, seed) == 0 ? 0 : 1;
    }

    /// <summary>
    /// Decides <paramref name="n"/> synthetic valid cases with both <see cref="RulesEnginePolicy"/> and
    /// <see cref="ReferencePolicy"/>, then each of them with an early termination again as ended by the unit (I13;
    /// the synthetic population leaves <c>terminatedBy</c> out, i.e. the volunteer), prints the first mismatches and a
    /// rough timing, and returns the mismatch count.
    /// </summary>
    public static int Run(int n, int seed = DefaultSeed)
    {
        var build = Stopwatch.StartNew();
        var policy = RulesEnginePolicy.Create();
        build.Stop();
        Console.WriteLine($"RulesEnginePolicy.Create (load, construct, compile all workflows): {build.Elapsed.TotalMilliseconds:F0} ms");

        var fired = new Dictionary<RulesEngine.Models.Rule, int>(ReferenceEqualityComparer.Instance);
        policy.OnRuleSucceeded = rule => fired[rule] = fired.GetValueOrDefault(rule) + 1;
        var cases = SyntheticCases.Valid(n, seed);
        var unknown = cases.Count(c => c.Unknown is { Count: > 0 });
        var mismatches = Compare(policy, cases, "synthetic");
        var byUnit = cases
            .Where(c => c.Contract is { TerminatedEarlyOn: not null })
            .Select(c => c with { Contract = c.Contract! with { TerminatedBy = TerminatingParty.Unit } })
            .ToArray();
        mismatches += Compare(policy, byUnit, "terminated by the unit");

        Console.WriteLine($"{n} cases (seed {seed}; {unknown} with unknown facts) and {byUnit.Length} of them terminated by the unit: "
            + $"{mismatches} mismatches between RulesEnginePolicy and ReferencePolicy.");
        policy.OnRuleSucceeded = null;
        var neverFired = policy.Rules.Where(r => !fired.ContainsKey(r)).Select(r => r.RuleName).ToArray();
        Console.WriteLine(neverFired.Length == 0
            ? $"Rule coverage: all {policy.Rules.Count} rules succeeded at least once (least: {fired.Values.Min()} times)."
            : $"Rule coverage: {neverFired.Length} of {policy.Rules.Count} rules never succeeded: {string.Join(", ", neverFired)}");
        if (mismatches == 0) Measure(policy, cases);
        return mismatches;
    }

    private static int Compare(RulesEnginePolicy policy, IReadOnlyList<PolicyCase> cases, string label)
    {
        var mismatches = 0;
        foreach (var c in cases)
        {
            var expected = Words(ReferencePolicy.Decide(c));
            string actual;
            try
            {
                actual = policy.Decide(c).Words();
            }
            catch (Exception ex)
            {
                if (++mismatches <= 10) Console.WriteLine($"THROWS ({label}) {c}: {ex.GetType().Name}: {ex.Message}");
                continue;
            }

            if (actual != expected && ++mismatches <= 10)
            {
                Console.WriteLine($"MISMATCH ({label}) {c}\n  reference:   {expected}\n  rulesengine: {actual}");
            }
        }

        return mismatches;
    }

    /// <summary>
    /// Everything the oracle decides, in the words of the RulesEngine encoding: the enlistment with its reason and the
    /// day it was judged on (I6); each entitlement's status, amount, payment period, reason and the days it covers
    /// (I8); the repayment with its amount, reason and first day (I13); the phase with its reason and days, the end
    /// of training, the duties and the deployment question (I10, C21).
    /// </summary>
    public static string Words(ReferenceDecision d)
    {
        var entitlements = new string[d.Entitlements.Count];
        for (var i = 0; i < entitlements.Length; i++)
        {
            var e = d.Entitlements[i].Entitlement;
            entitlements[i] = EntitlementWords(e.Status.ToString(), e.AmountRub, e.Period?.ToString(), e.Reason?.ToString(), e.From, e.To);
        }

        var r = d.Repayment;
        var s = d.Service;
        return Words(
            d.Enlistment.Outcome.ToString(), d.Enlistment.Reason?.ToString(), d.Enlistment.JudgedOn, entitlements,
            ObligationWords(r.Status.ToString(), r.AmountRub, r.Reason?.ToString(), r.From),
            ServiceWords(s.Phase.ToString(), s.Reason?.ToString(), s.From, s.To, s.TrainingEndsOn, s.DutyClaims, s.WarZoneDeployment.ToString()));
    }

    /// <summary>A whole decision in words.</summary>
    public static string Words(string outcome, string? reason, DateOnly judgedOn, string[] entitlements, string repayment, string service) =>
        $"{outcome} {reason} judged {judgedOn:yyyy-MM-dd} | {string.Join(" | ", entitlements)} | repay {repayment} | {service}";

    /// <summary>One entitlement in words.</summary>
    public static string EntitlementWords(string status, decimal? amount, string? period, string? reason, DateOnly? from, DateOnly? to) =>
        $"{status} {amount} {period} {reason} {Days(from, to)}";

    /// <summary>The repayment in words.</summary>
    public static string ObligationWords(string status, decimal? amount, string? reason, DateOnly? from) =>
        $"{status} {amount} {reason} from {from:yyyy-MM-dd}";

    /// <summary>The service in words.</summary>
    public static string ServiceWords(
        string phase, string? reason, DateOnly? from, DateOnly? to, DateOnly? trainingEndsOn, IReadOnlyList<string> duties, string warZoneDeployment) =>
        $"{phase} {reason} {Days(from, to)} training ends {trainingEndsOn:yyyy-MM-dd} duties [{string.Join(",", duties)}] war zone {warZoneDeployment}";

    private static string Days(DateOnly? from, DateOnly? to) => $"{from:yyyy-MM-dd}..{to:yyyy-MM-dd}";

    /// <summary>Rough per-case time and allocation after a warm-up pass; not a substitute for BenchmarkDotNet.</summary>
    private static void Measure(RulesEnginePolicy policy, IReadOnlyList<PolicyCase> cases)
    {
        Time("ReferencePolicy.Decide (plain C#)", cases, c => ReferencePolicy.Decide(c));
        Time("RulesEnginePolicy.Decide (RulesEngine 6.0.1)", cases, policy.Decide);
        var nrules = PolicyEngine.CreateDefault();
        Time("PolicyEngine.Evaluate (NRules, full decision incl. findings)", cases, nrules.Evaluate);
    }

    private static void Time<T>(string label, IReadOnlyList<PolicyCase> cases, Func<PolicyCase, T> decide)
    {
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var c in cases) decide(c); // warm-up: tiered JIT, caches
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        const int Passes = 3;
        for (var pass = 0; pass < Passes; pass++)
        {
            foreach (var c in cases) decide(c);
        }

        watch.Stop();
        bytes = GC.GetAllocatedBytesForCurrentThread() - bytes;
        var perCase = (double)Passes * cases.Count;
        Console.WriteLine(
            $"  {label,-62} {watch.Elapsed.TotalMicroseconds / perCase,8:F2} µs/case  {bytes / perCase,9:F0} B/case");
    }
}
