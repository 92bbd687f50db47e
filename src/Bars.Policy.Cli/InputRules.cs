using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace Bars.Policy.Cli;

/// <summary>
/// How the tool reads its input, the same for every command (docs/cli.md, "Input"): UTF-8 only, strictly; one byte-order
/// mark at the very start is skipped, any other is an error; UTF-16 is refused; a line (a document for
/// <c>evaluate</c>) is at most a maximum of bytes; every error of a batch answer names its input line.
/// </summary>
internal static partial class InputRules
{
    /// <summary>The default maximum of a line or document: 1 MiB, as the web host's.</summary>
    public const int DefaultMaxBytes = 1 << 20;

    /// <summary>The highest maximum accepted: 1 GiB, well inside what one buffer can hold.</summary>
    public const int MaxLimit = 1 << 30;

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
    /// What the input's first bytes say: how many to skip (a UTF-8 byte-order mark), and why the input cannot be read
    /// (UTF-16 or UTF-32, whose marks start FF FE or FE FF — bytes UTF-8 never has), or null.
    /// </summary>
    public static (int Skip, string? Problem) CheckStart(ReadOnlySpan<byte> first)
    {
        if (first.StartsWith(Utf8Bom)) return (Utf8Bom.Length, null);
        if (first.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || first.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (0, "it is UTF-16 (it starts with a UTF-16 byte-order mark); bars-policy reads UTF-8 only: convert it first (e.g. iconv -f UTF-16 -t UTF-8).");
        }

        return (0, null);
    }

    /// <summary>The error answering a line before it is read as JSON, or null when it can be read.</summary>
    public static ValidationError? LineError(JsonLine line, int maxLineBytes)
    {
        if (line.TooLong) return Root($"line {line.Number} is longer than {Bytes(maxLineBytes)}.");
        var bytes = line.Bytes.Span;
        if (bytes.StartsWith(Utf8Bom)) return Root($"line {line.Number} starts with a byte-order mark; only the input's first bytes may be one.");
        return InvalidUtf8At(bytes) is { } at ? Root($"line {line.Number} is not valid UTF-8 at byte {at}.") : null;
    }

    /// <summary>The error answering a whole document (<c>evaluate</c>) before it is read as JSON, or null.</summary>
    public static ValidationError? DocumentError(ReadOnlySpan<byte> document, bool tooLong, int maxBytes)
    {
        if (tooLong) return Root($"is longer than {Bytes(maxBytes)}.");
        if (document.StartsWith(Utf8Bom)) return Root("starts with a second byte-order mark; only the input's first bytes may be one.");
        return InvalidUtf8At(document) is { } at ? Root($"is not valid UTF-8 at byte {at}.") : null;
    }

    /// <summary>
    /// Where the bytes stop being UTF-8, counted from 1 (the first byte of the first bad sequence), or null when
    /// they are UTF-8 throughout.
    /// </summary>
    public static long? InvalidUtf8At(ReadOnlySpan<byte> bytes)
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

    /// <summary>
    /// A batch answer whose every error names its input line: a JSON syntax error's position is moved from the
    /// line's own "line 1" to the input's line; a message that already names the line is left; any other gets
    /// " (line N)" at its end.
    /// </summary>
    public static PolicyDecision NameLine(PolicyDecision decision, long line)
    {
        if (decision.IsValid) return decision;
        var errors = decision.Errors.Select(e => e with { Message = NameLine(e.Message, line) }).ToArray();
        return PolicyDecision.Invalid(decision.CaseId, decision.Region, decision.AsOf, errors);
    }

    private static string NameLine(string message, long line)
    {
        // One line is one document, so the JSON reader's position is always on its "line 1".
        if (message.Contains("not valid JSON", StringComparison.Ordinal) && DocumentLineOne().IsMatch(message))
        {
            return DocumentLineOne().Replace(message, $"line {line},", 1);
        }

        if (Regex.IsMatch(message, $@"\bline {line}\b", RegexOptions.CultureInvariant)) return message;
        var body = message.EndsWith('.') ? message[..^1] : message;
        return $"{body} (line {line}).";
    }

    private static ValidationError Root(string message) => new("$", message);

    private static string Bytes(int count) => $"{count.ToString("N0", CultureInfo.InvariantCulture)} bytes";

    [GeneratedRegex(@"\bline 1,", RegexOptions.CultureInvariant)]
    private static partial Regex DocumentLineOne();
}
