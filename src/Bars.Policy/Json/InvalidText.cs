using System.Text;

namespace Bars.Policy.Json;

/// <summary>
/// Input that is not text: bytes that are not UTF-8, or a string with a lone surrogate. Either is rejected as a
/// whole, at the position of the first bad unit, counted from 1 in the input as given.
/// </summary>
internal static class InvalidText
{
    /// <summary>The error for bytes whose first invalid UTF-8 sequence starts at the 0-based <paramref name="index"/>.</summary>
    public static ValidationError Utf8At(int index) => new(JsonErrors.Root, $"is not valid UTF-8 at byte {index + 1}.");

    /// <summary>The error for a string whose 0-based <paramref name="index"/> holds a lone surrogate.</summary>
    public static ValidationError Utf16At(int index) => new(JsonErrors.Root, $"is not valid UTF-16 at character {index + 1} (a lone surrogate).");

    /// <summary>Where the first invalid UTF-8 sequence of <paramref name="bytes"/> starts (0-based), or -1 when there is none.</summary>
    public static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var i = 0;
        while (i < bytes.Length)
        {
            // ASCII needs no decoding; skip it in bulk.
            var nonAscii = bytes[i..].IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            if (nonAscii < 0) return -1;
            i += nonAscii;
            if (Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed) != System.Buffers.OperationStatus.Done) return i;
            i += consumed;
        }

        return -1;
    }
}
