using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.Unicode;

namespace Bars.Policy.AspNetCore;

/// <summary>
/// The encoding checks the CLI makes too: a body is UTF-8, a UTF-8 byte-order mark may open it and no other
/// follows, UTF-16 is refused. Lines of a batch are checked by the library's <see cref="JsonLinesInput"/>.
/// </summary>
internal static class BodyText
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>"little-endian" or "big-endian" when <paramref name="start"/> opens with a UTF-16 byte-order mark, else null.</summary>
    public static string? Utf16(ReadOnlySpan<byte> start) =>
        start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) ? "little-endian"
        : start.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? "big-endian"
        : null;

    /// <summary>
    /// The error of a one-case body that is not UTF-8 or has a second byte-order mark, else null. The library's
    /// byte path reads a case's text too; this answers the same way before it, whatever its version says.
    /// </summary>
    public static ValidationError? EncodingError(ReadOnlySpan<byte> body)
    {
        var text = body.StartsWith(Utf8Bom) ? body[Utf8Bom.Length..] : body;
        if (text.StartsWith(Utf8Bom)) return new ValidationError("$", "starts with a second byte-order mark: only one may open the input.");
        if (Utf8.IsValid(text)) return null;

        var at = 0;
        while (Rune.DecodeFromUtf8(text[at..], out _, out var consumed) == System.Buffers.OperationStatus.Done) at += consumed;
        // Counted from 1 after the byte-order mark, as the library and the CLI count.
        return new ValidationError("$", $"is not valid UTF-8 at byte {at + 1}.");
    }

    /// <summary>The first two bytes of the body (fewer if it is shorter), consuming nothing.</summary>
    public static async Task<byte[]> PeekStartAsync(PipeReader reader, CancellationToken cancel)
    {
        while (true)
        {
            var result = await reader.ReadAsync(cancel);
            var buffer = result.Buffer;
            if (buffer.Length >= 2 || result.IsCompleted)
            {
                var start = buffer.Slice(0, Math.Min(2, buffer.Length)).ToArray();
                reader.AdvanceTo(buffer.Start);
                return start;
            }

            // Fewer than two bytes so far: mark them examined, so the next read waits for more.
            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }
}
