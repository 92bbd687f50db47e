using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Bars.Policy.Json;

/// <summary>
/// A thread's buffer and writer for writing one decision as a string: made once per thread and style (one line, or
/// indented), cleared after each use, so a decision written as a string costs that string and nothing else.
/// </summary>
internal sealed class DecisionScratch
{
    // A buffer that grew past this for an unusual decision is let go rather than kept for the thread's life.
    private const int KeptCapacity = 64 * 1024;

    [ThreadStatic]
    private static DecisionScratch? compact;

    [ThreadStatic]
    private static DecisionScratch? indented;

    private DecisionScratch(bool indent)
    {
        Indented = indent;
        Writer = new Utf8JsonWriter(Buffer, new JsonWriterOptions { Indented = indent, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    public ArrayBufferWriter<byte> Buffer { get; } = new(8 * 1024);

    public Utf8JsonWriter Writer { get; }

    private bool Indented { get; }

    /// <summary>This thread's scratch of the style, or a new one when it is in use (a nested write).</summary>
    public static DecisionScratch Rent(bool indent)
    {
        var scratch = indent ? indented : compact;
        if (scratch is null) return new DecisionScratch(indent);
        if (indent) indented = null;
        else compact = null;
        return scratch;
    }

    /// <summary>Clears <paramref name="scratch"/> and keeps it for the thread's next write.</summary>
    public static void Return(DecisionScratch scratch)
    {
        if (scratch.Buffer.Capacity > KeptCapacity) return;
        scratch.Buffer.ResetWrittenCount();
        scratch.Writer.Reset();
        if (scratch.Indented) indented = scratch;
        else compact = scratch;
    }
}
