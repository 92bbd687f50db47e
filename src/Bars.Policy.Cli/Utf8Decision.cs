using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Bars.Policy.Cli;

/// <summary>
/// A decision written as one line of UTF-8 JSON into a pooled array: made by a worker, copied to the output by the
/// writer, then given back (<see cref="Return"/>). A batch's answers so cost no string each, and the array is
/// reused by a later answer.
/// </summary>
internal readonly struct Utf8Decision
{
    [ThreadStatic]
    private static Scratch? scratch;

    private readonly byte[]? array;
    private readonly int length;

    private Utf8Decision(byte[] array, int length)
    {
        this.array = array;
        this.length = length;
    }

    /// <summary>The JSON.</summary>
    public ReadOnlySpan<byte> Span => array.AsSpan(0, length);

    /// <summary>Writes <paramref name="decision"/> (the library's writer: the contract's bytes at <paramref name="findings"/>
    /// detail) into a pooled array.</summary>
    public static Utf8Decision Rent(PolicyDecision decision, FindingsDetail findings = FindingsDetail.Full)
    {
        var s = scratch ??= new Scratch();
        s.Buffer.ResetWrittenCount();
        s.Writer.Reset(s.Buffer);
        PolicyJson.Write(s.Writer, decision, findings);
        s.Writer.Flush();
        var written = s.Buffer.WrittenSpan;
        var array = ArrayPool<byte>.Shared.Rent(written.Length);
        written.CopyTo(array);
        if (s.Buffer.Capacity > 1 << 20) scratch = null; // an unusually large answer: its buffer is not kept
        return new Utf8Decision(array, written.Length);
    }

    /// <summary>Gives the array back to the pool; the span must not be read afterwards.</summary>
    public void Return()
    {
        if (array is not null) ArrayPool<byte>.Shared.Return(array);
    }

    // One line, with the library's relaxed escaping, as PolicyJson.Write(decision) writes it.
    private sealed class Scratch
    {
        public ArrayBufferWriter<byte> Buffer { get; } = new(16 * 1024);

        public Utf8JsonWriter Writer { get; }

        public Scratch() => Writer = new Utf8JsonWriter(Buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
