using BenchmarkDotNet.Attributes;

namespace Bars.Policy.Benchmarks;

/// <summary>The cost of one <see cref="PolicyEngine.Evaluate"/> on a compiled engine, for typical cases of each region.</summary>
[MemoryDiagnoser]
public class EvaluateBenchmarks
{
    private static readonly DateOnly AsOf = new(2024, 10, 1);
    private PolicyEngine engine = null!;
    private PolicyCase bryansk = null!;
    private PolicyCase kursk = null!;
    private PolicyCase belgorodWoman = null!;

    [GlobalSetup]
    public void Setup()
    {
        engine = PolicyEngine.CreateDefault();
        var man = new Applicant(new DateOnly(1980, 5, 1), Sex.Male);
        var contract = new Contract(12, new DateOnly(2024, 9, 1));
        bryansk = new PolicyCase("b", Regions.Bryansk, AsOf, man, contract);
        kursk = new PolicyCase("k", Regions.Kursk, AsOf, man, contract, [new Injury(new DateOnly(2024, 9, 20), true)]);
        belgorodWoman = new PolicyCase("w", Regions.Belgorod, AsOf, man with { Sex = Sex.Female }, contract);
    }

    [Benchmark(Baseline = true)]
    public PolicyDecision EligibleBryansk() => engine.Evaluate(bryansk);

    [Benchmark]
    public PolicyDecision InjuredKursk() => engine.Evaluate(kursk);

    [Benchmark]
    public PolicyDecision UndeterminedBelgorodWoman() => engine.Evaluate(belgorodWoman);
}
