using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using BenchmarkDotNet.Attributes;

namespace Bars.Policy.Benchmarks;

/// <summary>
/// The JSON ends of a batch, per case, over the same 1,000 generated cases as <see cref="PerCaseBenchmarks"/>:
/// reading a case from its UTF-8 line (every reading error in one pass) and writing its decision as one line of
/// UTF-8 JSON (full findings). Beside <c>PerCaseBenchmarks.BarsPolicyEvaluate</c>, they say where a batch's time goes.
/// </summary>
[MemoryDiagnoser]
public class JsonBenchmarks
{
    private const int Cases = 1000;
    private byte[][] lines = null!;
    private PolicyDecision[] decisions = null!;
    private readonly ArrayBufferWriter<byte> buffer = new(1 << 16);
    private Utf8JsonWriter writer = null!;

    [GlobalSetup]
    public void Setup()
    {
        var engine = PolicyEngine.CreateDefault();
        var cases = SyntheticCases.Valid(Cases, seed: 2024).ToArray();
        lines = cases.Select(c => Encoding.UTF8.GetBytes(PolicyJson.Write(c))).ToArray();
        decisions = cases.Select(engine.Evaluate).ToArray();
        writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    [Benchmark(OperationsPerInvoke = Cases)]
    public int ReadCase()
    {
        var valid = 0;
        foreach (var line in lines)
        {
            if (PolicyJson.ReadCase(line).Case is not null) valid++;
        }

        return valid;
    }

    [Benchmark(OperationsPerInvoke = Cases, Baseline = true)]
    public long WriteDecision()
    {
        long bytes = 0;
        foreach (var d in decisions)
        {
            buffer.ResetWrittenCount();
            writer.Reset(buffer);
            PolicyJson.Write(writer, d);
            writer.Flush();
            bytes += buffer.WrittenCount;
        }

        return bytes;
    }
}
