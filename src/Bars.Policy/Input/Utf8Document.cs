using System.Globalization;
using Bars.Policy.Json;

namespace Bars.Policy;

/// <summary>
/// One whole document (a case, a reform) read from a stream as bytes by the <see cref="Utf8Input"/> rules, and at most
/// a maximum of them: reading stops a few bytes past it, so an endless input (<c>/dev/zero</c>) ends too and memory
/// never exceeds the maximum. JSON Lines are read by <see cref="JsonLinesInput"/>, by the same rules.
/// </summary>
public sealed class Utf8Document
{
    private readonly ReadOnlyMemory<byte> bytes;

    private Utf8Document(ReadOnlyMemory<byte> bytes, string? refusal, ValidationError? error) => (this.bytes, Refusal, Error) = (bytes, refusal, error);

    /// <summary>The document, without the input's byte-order mark; cut at the maximum when it is longer.</summary>
    public ReadOnlySpan<byte> Bytes => bytes.Span;

    /// <summary>Why the input cannot be read as text at all (UTF-16: see <see cref="Utf8Input.Refusal"/>), or null.</summary>
    public string? Refusal { get; }

    /// <summary>
    /// The error answering the document before it is read as JSON, at path <c>$</c>: "is longer than M bytes." past
    /// the maximum, else the <see cref="Utf8Input.DocumentError"/> of its bytes; null when it is UTF-8 within the
    /// maximum, or when it is refused (<see cref="Refusal"/>).
    /// </summary>
    public ValidationError? Error { get; }

    /// <summary>Reads the document in <paramref name="utf8"/>, up to a few bytes past <paramref name="maxBytes"/>.</summary>
    /// <param name="utf8">The stream; read, never closed.</param>
    /// <param name="maxBytes">The longest document, in bytes, an opening byte-order mark not counted: from 1 to
    /// <see cref="JsonLinesLimits.MaxLineBytesLimit"/>.</param>
    /// <returns>The document, with its refusal or error.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxBytes"/> is out of its range.</exception>
    public static Utf8Document Read(Stream utf8, int maxBytes)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBytes, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxBytes, JsonLinesLimits.MaxLineBytesLimit);
        var limit = maxBytes + Utf8Input.Utf8Mark.Length + 1; // room for a byte-order mark and one byte past the maximum
        var buffer = new byte[Math.Min(limit, 1 << 16)];
        var total = 0;
        for (var read = -1; total < limit && read != 0; total += read)
        {
            if (total == buffer.Length) Array.Resize(ref buffer, (int)Math.Min(limit, 2L * buffer.Length));
            read = utf8.Read(buffer, total, buffer.Length - total);
        }

        var skip = Utf8Input.OpeningMarkLength(buffer.AsSpan(0, total));
        var document = buffer.AsMemory(skip, Math.Min(total - skip, maxBytes));
        if (Utf8Input.Refusal(buffer.AsSpan(0, total)) is { } refusal) return new Utf8Document(document, refusal, null);
        return new Utf8Document(document, null, total - skip > maxBytes
            ? new ValidationError(JsonErrors.Root, $"is longer than {maxBytes.ToString("N0", CultureInfo.InvariantCulture)} bytes.")
            : Utf8Input.DocumentError(document.Span));
    }
}
