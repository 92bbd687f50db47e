using System.CommandLine;
using System.Globalization;
using System.Text.Unicode;

namespace Bars.Policy.Cli;

/// <summary>
/// How the tool reads a whole document (<c>evaluate</c>, <c>screen</c>, a reform; docs/cli.md, "Input"): UTF-8 only,
/// strictly; one byte-order mark at the very start is skipped, any other is an error; UTF-16 is refused; at most a
/// maximum of bytes. JSON Lines are read by the library's <see cref="JsonLinesInput"/>, by the same rules.
/// </summary>
internal static class InputRules
{
    /// <summary>The default maximum of a line or document: 1 MiB, as the web host's.</summary>
    public const int DefaultMaxBytes = JsonLinesLimits.DefaultMaxLineBytes;

    /// <summary>The highest maximum accepted: 1 GiB, well inside what one buffer can hold.</summary>
    public const int MaxLimit = JsonLinesLimits.MaxLineBytesLimit;

    public static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>A <c>--max-line-bytes</c> or <c>--max-document-bytes</c> option, from 1 to 1 GiB, 1 MiB by default.</summary>
    public static Option<int> MaxBytesOption(string name, string what)
    {
        return new Option<int>(name)
        {
            Description = $"The longest {what} read, in bytes (default {DefaultMaxBytes.ToString("N0", CultureInfo.InvariantCulture)}); a longer one is answered with an error.",
            DefaultValueFactory = _ => DefaultMaxBytes,
        }.Checked(n => n is < 1 or > MaxLimit ? $"{name} must be from 1 to {MaxLimit.ToString("N0", CultureInfo.InvariantCulture)}; got {n}." : null);
    }

    /// <summary>
    /// What a document's first bytes say: how many to skip (a UTF-8 byte-order mark), and why it cannot be read
    /// (UTF-16 or UTF-32, whose marks start FF FE or FE FF — bytes UTF-8 never has), or null.
    /// </summary>
    public static (int Skip, string? Problem) CheckStart(ReadOnlySpan<byte> first)
    {
        if (first.StartsWith(Utf8Bom)) return (Utf8Bom.Length, null);
        if (first.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || first.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (0, "it is UTF-16 (it starts with a UTF-16 byte-order mark); it must be UTF-8: convert it first (e.g. iconv -f UTF-16 -t UTF-8).");
        }

        return (0, null);
    }

    /// <summary>The error answering a whole document before it is read as JSON, or null.</summary>
    public static ValidationError? DocumentError(ReadOnlySpan<byte> document, bool tooLong, int maxBytes)
    {
        if (tooLong) return Root($"is longer than {maxBytes.ToString("N0", CultureInfo.InvariantCulture)} bytes.");
        if (document.StartsWith(Utf8Bom)) return Root("starts with a second byte-order mark; only the input's first bytes may be one.");
        return InvalidUtf8At(document) is { } at ? Root($"is not valid UTF-8 at byte {at}.") : null;
    }

    // Where the bytes stop being UTF-8, counted from 1 (the first byte of the first bad sequence), or null.
    private static long? InvalidUtf8At(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes)) return null;
        Span<char> scratch = stackalloc char[512];
        long offset = 0;
        while (true)
        {
            var status = Utf8.ToUtf16(bytes, scratch, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
            if (status != System.Buffers.OperationStatus.DestinationTooSmall) return offset + read + 1;
            bytes = bytes[read..];
            offset += read;
        }
    }

    private static ValidationError Root(string message) => new("$", message);
}
