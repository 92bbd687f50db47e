using Bars.Policy.Cli;
using BenchmarkDotNet.Attributes;

namespace Bars.Policy.Benchmarks;

/// <summary>
/// The cost of one question of each explanation (issue 15), over the same 100 generated cases: why not (every
/// outcome that is not favourable, one and two changes, a ten-year horizon), a screening with two unknown facts,
/// and a three-year timeline. Times are per question; <see cref="ExplanationCost"/> reports the evaluations each takes.
/// </summary>
[MemoryDiagnoser]
public class ExplanationBenchmarks
{
    private const int Cases = 100;
    private PolicyEngine engine = null!;
    private PolicyCase[] cases = null!;

    [GlobalSetup]
    public void Setup()
    {
        engine = PolicyEngine.CreateDefault();
        cases = ExplanationCost.Cases(Cases);
    }

    [Benchmark(OperationsPerInvoke = Cases)]
    public int WhyNot()
    {
        var evaluations = 0;
        foreach (var c in cases) evaluations += engine.WhyNot(c).Evaluations;
        return evaluations;
    }

    [Benchmark(OperationsPerInvoke = Cases)]
    public int Screen()
    {
        var evaluations = 0;
        foreach (var c in cases) evaluations += engine.Screen(ExplanationCost.WithUnknowns(c)).Evaluations;
        return evaluations;
    }

    [Benchmark(OperationsPerInvoke = Cases)]
    public int Timeline()
    {
        var evaluations = 0;
        foreach (var c in cases) evaluations += engine.Timeline(c, c.AsOf!.Value.AddYears(-1), c.AsOf.Value.AddYears(2)).Evaluations;
        return evaluations;
    }
}
