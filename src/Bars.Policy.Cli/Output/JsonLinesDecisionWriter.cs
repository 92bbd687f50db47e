using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Bars.Policy.Cli.Output;

/// <summary>
/// <c>batch --format jsonl --findings full|ids|none</c>: one decision per line, its findings at the level asked
/// (<see cref="PolicyJson.Write(Utf8JsonWriter, PolicyDecision, FindingsDetail)"/>); <c>full</c> is byte for byte
/// what the default path writes.
/// </summary>
internal sealed class JsonLinesDecisionWriter(TextWriter output, FindingsDetail findings) : DecisionWriter<string>
{
    // As the library's own compact JSON: readable quotes and apostrophes; the output is JSON, never HTML.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? buffer;

    public override string Map(PolicyCase? policyCase, PolicyDecision decision)
    {
        var bytes = buffer ??= new ArrayBufferWriter<byte>(8192);
        bytes.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(bytes, Options)) PolicyJson.Write(json, decision, findings);
        return Encoding.UTF8.GetString(bytes.WrittenSpan);
    }

    public override ValueTask Write(string row)
    {
        output.WriteLine(row);
        return ValueTask.CompletedTask;
    }

    public override ValueTask Finish() => ValueTask.CompletedTask;
}
