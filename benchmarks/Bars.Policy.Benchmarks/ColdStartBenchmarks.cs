using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace Bars.Policy.Benchmarks;

/// <summary>Building the engine (loading and compiling the rule sets) and its first decision.</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.ColdStart, iterationCount: 5)]
public class ColdStartBenchmarks
{
    private static readonly PolicyCase Case = new("c", Regions.Bryansk, new DateOnly(2024, 10, 1),
        new Applicant(new DateOnly(1980, 5, 1), Sex.Male), new Contract(12, new DateOnly(2024, 9, 1)));

    [Benchmark]
    public PolicyDecision BuildEngineAndEvaluateOnce() => PolicyEngine.CreateDefault().Evaluate(Case);
}
