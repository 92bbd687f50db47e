using Bars.Policy.Cli;
using BenchmarkDotNet.Attributes;
using Bars.Policy.Benchmarks.RulesEngineEncoding;
using Bars.Policy.Reference;

namespace Bars.Policy.Benchmarks;

/// <summary>
/// The cost of deciding one case, the same 1,000 generated cases for every engine: the hand-coded reference
/// implementation (the floor, baseline), Bars.Policy's engine in each execution (the sequential plan, the default,
/// and an NRules Rete session per case), and Microsoft RulesEngine 6.0.1 encoding the
/// same policy (JSON workflows of lambda rules, built once and re-used). Times are per case.
/// </summary>
/// <remarks>
/// Each engine makes the whole decision of every case — enlistment and the day judged on, every entitlement with its
/// period, the repayment, the phase with its days and duties (I6–I13) — and the benchmark counts the Eligible ones so
/// the result is used; <c>--check-rulesengine</c> shows the RulesEngine encoding's decisions are the oracle's. Only
/// Bars.Policy's engine also validates the case and writes findings. The generated cases state no unknown facts (I11).
/// </remarks>
[MemoryDiagnoser]
public class PerCaseBenchmarks
{
    private const int Cases = 1000;
    private PolicyEngine engine = null!;
    private PolicyEngine rete = null!;
    private PolicyEngine fromExpressions = null!;
    private RulesEnginePolicy rulesEngine = null!;
    private PolicyCase[] cases = null!;

    [GlobalSetup]
    public void Setup()
    {
        engine = PolicyEngine.Create(o => o.Execution = PolicyExecution.Sequential);
        rete = PolicyEngine.Create(o => o.Execution = PolicyExecution.Rete);
        fromExpressions = PolicyEngine.Create(new PolicyEngineOptions { UseCompiledRules = false, CompileDelegatesAtOnce = true });
        rulesEngine = RulesEnginePolicy.Create();
        cases = SyntheticCases.Valid(Cases, seed: 2024).ToArray();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Cases)]
    public int HandCodedReference()
    {
        var eligible = 0;
        foreach (var c in cases)
        {
            if (ReferencePolicy.Decide(c).Enlistment.Outcome == ReferenceOutcome.Eligible) eligible++;
        }

        return eligible;
    }

    [Benchmark(OperationsPerInvoke = Cases)]
    public int BarsPolicyEvaluate()
    {
        var eligible = 0;
        foreach (var c in cases)
        {
            if (engine.Evaluate(c).Enlistment!.Outcome == EnlistmentOutcome.Eligible) eligible++;
        }

        return eligible;
    }

    /// <summary>The sequential plan with the rules' expressions compiled at run time (as a host's rules run, and
    /// the shipped ones before they were compiled with the library): what the compiled rules buy.</summary>
    [Benchmark(OperationsPerInvoke = Cases)]
    public int BarsPolicyEvaluateFromExpressions()
    {
        var eligible = 0;
        foreach (var c in cases)
        {
            if (fromExpressions.Evaluate(c).Enlistment!.Outcome == EnlistmentOutcome.Eligible) eligible++;
        }

        return eligible;
    }

    [Benchmark(OperationsPerInvoke = Cases)]
    public int BarsPolicyEvaluateRete()
    {
        var eligible = 0;
        foreach (var c in cases)
        {
            if (rete.Evaluate(c).Enlistment!.Outcome == EnlistmentOutcome.Eligible) eligible++;
        }

        return eligible;
    }

    [Benchmark(OperationsPerInvoke = Cases)]
    public int MicrosoftRulesEngine()
    {
        var eligible = 0;
        foreach (var c in cases)
        {
            if (rulesEngine.Decide(c).Outcome == EnlistmentOutcome.Eligible) eligible++;
        }

        return eligible;
    }
}
