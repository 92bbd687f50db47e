using System.Globalization;
using System.Text.RegularExpressions;
using Bars.Policy.Json;

namespace Bars.Policy;

/// <summary>
/// How one line of JSON Lines is read and how its answer names it: the one place of the line rules (blank lines,
/// byte-order marks, UTF-8, the line's number in every error) for every batch input, the library's, the tool's and
/// the web package's.
/// </summary>
internal static partial class LineReading
{
    /// <summary>
    /// Reads one line. Never throws for bad input: problems come back in <see cref="CaseReadResult.Errors"/>, with the
    /// caseId when it can be read. When <paramref name="mayOpenWithBom"/> (line 1 of lines the caller cut), one UTF-8
    /// byte-order mark is skipped; any other, and a UTF-16 one, is an error, as are bytes that are not UTF-8.
    /// </summary>
    public static CaseReadResult ReadLine(ReadOnlySpan<byte> utf8Line, long lineNumber, bool mayOpenWithBom)
    {
        if (mayOpenWithBom)
        {
            if (Utf8Input.OpensAsUtf16(utf8Line)) return Root($"line {lineNumber} starts with a UTF-16 byte-order mark: the input must be UTF-8.");
            utf8Line = utf8Line[Utf8Input.OpeningMarkLength(utf8Line)..];
        }

        if (utf8Line.StartsWith(Utf8Input.Utf8Mark)) return Root($"line {lineNumber} starts with a byte-order mark; {Utf8Input.OnlyFirstMark}");

        // A blank line is a missing case, not a JSON syntax error: say so, with its number, rather than skip it.
        if (IsBlank(utf8Line)) return Root($"line {lineNumber} is empty: expected a case object.");
        var read = PolicyJson.ReadCase(utf8Line);
        if (read.Case is not null) return read;

        // Only a line that failed is looked at again: a valid one pays for no second pass.
        if (InvalidText.FirstInvalidUtf8(utf8Line) is >= 0 and var bad) return Root($"line {lineNumber} is not valid UTF-8 at byte {bad + 1}.");
        return read with { Partial = PolicyJson.ReadPartial(utf8Line, read.Errors) };
    }

    /// <summary>Whether a line holds only JSON's whitespace (and vertical tab and form feed): a no-break space is not blank.</summary>
    public static bool IsBlank(ReadOnlySpan<byte> utf8Line) => utf8Line.IndexOfAnyExcept(" \t\r\n\v\f"u8) < 0;

    /// <summary>The answer to a line refused before it was read (too long, over a limit), its error naming the line.</summary>
    public static CaseReadResult Root(string message) => new(null, null, [new ValidationError("$", message)]);

    /// <summary>"line N is longer than M bytes."</summary>
    public static CaseReadResult TooLong(long lineNumber, long maxBytes) =>
        Root($"line {lineNumber} is longer than {maxBytes.ToString("N0", CultureInfo.InvariantCulture)} bytes.");

    /// <summary>
    /// The decision with each error naming input line <paramref name="lineNumber"/>: the JSON reader's "line 1" of a
    /// one-line document becomes the input's line; a message that already names the line is left; any other gets
    /// " (line N)" at its end. A valid decision is returned as it is.
    /// </summary>
    public static PolicyDecision NameLine(PolicyDecision decision, long lineNumber)
    {
        if (decision.IsValid) return decision;
        var errors = decision.Errors.Select(e => e with { Message = NameLine(e.Message, lineNumber) }).ToArray();
        return PolicyDecision.Invalid(decision.CaseId, decision.Region, decision.AsOf, errors);
    }

    private static string NameLine(string message, long lineNumber)
    {
        // One line is one document, so the JSON reader's position is always on its "line 1".
        const string documentLine = "line 1,";
        var at = message.IndexOf(documentLine, StringComparison.Ordinal);
        if (message.Contains("not valid JSON", StringComparison.Ordinal) && at >= 0)
        {
            return string.Concat(message.AsSpan(0, at), $"line {lineNumber},", message.AsSpan(at + documentLine.Length));
        }

        if (NamesLine(message, lineNumber)) return message;
        var body = message.EndsWith('.') ? message[..^1] : message;
        return $"{body} (line {lineNumber}).";
    }

    /// <summary>Whether <paramref name="message"/> says "line N" as words (<c>\bline N\b</c>). One pattern for every
    /// line: a pattern per line number made the regex cache parse a new one for every invalid line (issue 24).</summary>
    internal static bool NamesLine(string message, long lineNumber)
    {
        Span<char> number = stackalloc char[20];
        lineNumber.TryFormat(number, out var length, provider: CultureInfo.InvariantCulture);
        foreach (var match in LineMention().EnumerateMatches(message))
        {
            // The digits run to a word boundary, so "line 12" is never read inside "line 123"; their count is
            // compared first, as a mention shorter than the number leaves nothing to compare.
            if (match.Length - length == "line ".Length && message.AsSpan(match.Index + "line ".Length, length).SequenceEqual(number[..length])) return true;
        }

        return false;
    }

    [GeneratedRegex(@"\bline \d+\b", RegexOptions.CultureInvariant)]
    private static partial Regex LineMention();
}
