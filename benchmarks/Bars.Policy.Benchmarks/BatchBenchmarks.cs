using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Bars.Policy.Cli;

namespace Bars.Policy.Benchmarks;

/// <summary>
/// 100,000 generated cases through <see cref="PolicyEngine.EvaluateMany{T}"/> with 1 and 2 workers, and the JSON Lines
/// path end to end (read, parse, evaluate, write) through <c>bars-policy batch</c>. Times are per batch.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class BatchBenchmarks
{
    private const int Cases = 100_000;
    private PolicyEngine engine = null!;
    private PolicyCase[] cases = null!;
    private string input = null!;
    private string output = null!;

    [Params(1, 2)]
    public int Workers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        engine = PolicyEngine.CreateDefault();
        cases = SyntheticCases.Valid(Cases, seed: 7).ToArray();
        input = Path.Combine(Path.GetTempPath(), $"bars-bench-{Guid.NewGuid():N}.jsonl");
        output = Path.ChangeExtension(input, ".out.jsonl");
        File.WriteAllLines(input, cases.Select(c => PolicyJson.Write(c)));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        File.Delete(input);
        File.Delete(output);
    }

    [Benchmark]
    public async Task<long> EvaluateMany()
    {
        long eligible = 0;
        await foreach (var r in engine.EvaluateMany(BatchInput.Cases(Stream(cases)), static r => r, new BatchOptions { MaxDegreeOfParallelism = Workers }))
        {
            if (r.Decision.Enlistment?.Outcome == EnlistmentOutcome.Eligible) eligible++;
        }

        return eligible;
    }

    [Benchmark]
    public int JsonLinesEndToEnd() =>
        new CliApp(System.IO.Stream.Null, System.IO.Stream.Null, TextWriter.Null, engine).Run(["batch", input, "-o", output, "--parallel", Workers.ToString()]);

    private static async IAsyncEnumerable<PolicyCase?> Stream(PolicyCase[] items)
    {
        foreach (var item in items) yield return item;
        await Task.CompletedTask;
    }
}
