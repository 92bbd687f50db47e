using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Bars.Policy.Engine;

namespace Bars.Policy.Json;

/// <summary>
/// A buffer and writer for writing one decision: one-line ones are kept per thread (<see cref="ThreadSpare{T}"/>) and
/// cleared after each use, so a decision written costs its result and nothing else; indented ones, written for a
/// person one at a time, are made when asked.
/// </summary>
internal sealed class DecisionScratch
{
    // A buffer that grew past this for an unusual decision is let go rather than kept for the thread's life.
    private const int KeptCapacity = 64 * 1024;

    private DecisionScratch(bool indent)
    {
        Indented = indent;
        Writer = new Utf8JsonWriter(Buffer, new JsonWriterOptions { Indented = indent, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    public ArrayBufferWriter<byte> Buffer { get; } = new(8 * 1024);

    public Utf8JsonWriter Writer { get; }

    private bool Indented { get; }

    /// <summary>A scratch of the style: this thread's one-line spare when there is one, else a new one.</summary>
    public static DecisionScratch Rent(bool indent) =>
        (indent ? null : ThreadSpare<DecisionScratch>.Take()) ?? new DecisionScratch(indent);

    /// <summary>Clears a one-line <paramref name="scratch"/> and keeps it for the thread's next write.</summary>
    public static void Return(DecisionScratch scratch)
    {
        if (scratch.Indented || scratch.Buffer.Capacity > KeptCapacity) return;
        scratch.Buffer.ResetWrittenCount();
        scratch.Writer.Reset();
        ThreadSpare<DecisionScratch>.Keep(scratch);
    }
}
