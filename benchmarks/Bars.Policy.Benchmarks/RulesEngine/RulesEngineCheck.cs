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
    /// <see cref="ReferencePolicy"/>, prints the first mismatches and a rough timing, and returns the mismatch count.
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
                if (++mismatches <= 10) Console.WriteLine($"THROWS {c}: {ex.GetType().Name}: {ex.Message}");
                continue;
            }

            if (actual != expected && ++mismatches <= 10)
            {
                Console.WriteLine($"MISMATCH {c}\n  reference:   {expected}\n  rulesengine: {actual}");
            }
        }

        Console.WriteLine($"{n} cases (seed {seed}): {mismatches} mismatches between RulesEnginePolicy and ReferencePolicy.");
        policy.OnRuleSucceeded = null;
        var neverFired = policy.Rules.Where(r => !fired.ContainsKey(r)).Select(r => r.RuleName).ToArray();
        Console.WriteLine(neverFired.Length == 0
            ? $"Rule coverage: all {policy.Rules.Count} rules succeeded at least once (least: {fired.Values.Min()} times)."
            : $"Rule coverage: {neverFired.Length} of {policy.Rules.Count} rules never succeeded: {string.Join(", ", neverFired)}");
        if (mismatches == 0) Measure(policy, cases);
        return mismatches;
    }

    /// <summary>
    /// The oracle's outcomes in the words of the RulesEngine encoding: statuses, amounts, periods and reasons, the
    /// repayment, the phase and the end of training, without the periods (I8) the encoding does not have. The
    /// encoding predates the time readings (I6–I13), so cases evaluated away from the first weeks of a contract differ.
    /// </summary>
    public static string Words(ReferenceDecision d)
    {
        var entitlements = new string[d.Entitlements.Count];
        for (var i = 0; i < entitlements.Length; i++)
        {
            var e = d.Entitlements[i].Entitlement;
            entitlements[i] = Words(e.Status.ToString(), e.AmountRub, e.Period?.ToString(), e.Reason?.ToString());
        }

        return Words(
            d.Enlistment.Outcome.ToString(), d.Enlistment.Reason?.ToString(), entitlements,
            d.Repayment.Status.ToString(), d.Repayment.AmountRub, d.Repayment.Reason?.ToString(),
            d.Service.Phase.ToString(), d.Service.Reason?.ToString(), d.Service.TrainingEndsOn);
    }

    /// <summary>A whole decision in words.</summary>
    public static string Words(
        string outcome, string? reason, string[] entitlements, string repay, decimal? repayAmount, string? repayReason,
        string phase, string? phaseReason, DateOnly? trainingEndsOn) =>
        $"{outcome} {reason} | {string.Join(" | ", entitlements)} | repay {repay} {repayAmount} {repayReason} | {phase} {phaseReason} {trainingEndsOn:yyyy-MM-dd}";

    /// <summary>One entitlement in words.</summary>
    public static string Words(string status, decimal? amount, string? period, string? reason) => $"{status} {amount} {period} {reason}";

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
