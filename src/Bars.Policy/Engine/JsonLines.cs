namespace Bars.Policy;

/// <summary>
/// JSON Lines, one case per line, as the batch entries read it: a line is read as <see cref="PolicyJson.ReadCase(ReadOnlySpan{byte})"/>
/// reads a case, except that an empty or whitespace-only line is an error naming its number, so that every line
/// gets an answer. A byte-order mark may open the input (line 1) and nothing else: one anywhere else is an error.
/// </summary>
public static class JsonLines
{
    /// <summary>
    /// Reads one line of JSON Lines. Never throws for bad input: problems come back in
    /// <see cref="CaseReadResult.Errors"/>, with the caseId when it can be read. Line 1 may start with a UTF-8
    /// byte-order mark, which is skipped; a second one, one on a later line, a UTF-16 byte-order mark and bytes that
    /// are not valid UTF-8 (<c>is not valid UTF-8 at byte N</c>, N counted from 1 after the byte-order mark, as
    /// <see cref="PolicyJson.ReadCase(ReadOnlySpan{byte})"/> counts) are errors.
    /// </summary>
    /// <param name="utf8Line">The line as UTF-8, without its line end (a trailing carriage return is ignored).</param>
    /// <param name="lineNumber">The line's number, counted from 1, for the messages.</param>
    /// <returns>The case, or the errors that kept it from being read.</returns>
    public static CaseReadResult ReadLine(ReadOnlySpan<byte> utf8Line, long lineNumber)
    {
        var content = lineNumber == 1 && utf8Line.StartsWith(Utf8Bom) ? utf8Line[Utf8Bom.Length..] : utf8Line;
        if (content.StartsWith(Utf8Bom)) return MisplacedBom(lineNumber);
        if (lineNumber == 1 && (utf8Line.StartsWith(Utf16LittleEndianBom) || utf8Line.StartsWith(Utf16BigEndianBom))) return Utf16(lineNumber);

        // A blank line is a missing case, not a JSON syntax error: say so, with its number, rather than skip it.
        if (content.IndexOfAnyExcept(BlankBytes) < 0) return Empty(lineNumber);
        var read = PolicyJson.ReadCase(content);
        return read.Case is null ? read with { Partial = PolicyJson.ReadPartial(content, read.Errors) } : read;
    }

    /// <summary>
    /// The decision with each error naming input line <paramref name="lineNumber"/>, as a batch answers it: the JSON
    /// reader's "line 1" of a one-line document becomes the input's line; a message that already names the line is
    /// left; any other gets " (line N)" at its end. A valid decision is returned as it is.
    /// </summary>
    /// <param name="decision">The answer to one line.</param>
    /// <param name="lineNumber">The line's number in the input, counted from 1.</param>
    /// <returns>The decision, its errors naming the line.</returns>
    public static PolicyDecision NameLine(PolicyDecision decision, long lineNumber)
    {
        ArgumentNullException.ThrowIfNull(decision);
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

        if (System.Text.RegularExpressions.Regex.IsMatch(message, $@"\bline {lineNumber}\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)) return message;
        var body = message.EndsWith('.') ? message[..^1] : message;
        return $"{body} (line {lineNumber}).";
    }

    /// <summary>
    /// Reads one line given as text (see <see cref="ReadLine(ReadOnlySpan{byte}, long)"/>). The text reader has
    /// already skipped the input's byte-order mark, so one left at a line's start is an error.
    /// </summary>
    internal static CaseReadResult ReadLine(string line, long lineNumber)
    {
        if (line is null || line.AsSpan().IndexOfAnyExcept(BlankChars) < 0) return Empty(lineNumber);
        if (line.StartsWith('\uFEFF')) return MisplacedBom(lineNumber);
        var read = PolicyJson.ReadCase(line);
        return read.Case is null ? read with { Partial = PolicyJson.ReadPartial(line, read.Errors) } : read;
    }

    // A blank line holds only these (JSON's whitespace, and vertical tab and form feed), whether given as bytes or
    // text: a no-break space is not blank, and is a JSON syntax error, either way.
    private const string BlankChars = " \t\r\n\v\f";

    private static ReadOnlySpan<byte> BlankBytes => " \t\r\n\v\f"u8;

    private static ReadOnlySpan<byte> Utf8Bom => "\uFEFF"u8;

    private static ReadOnlySpan<byte> Utf16LittleEndianBom => [0xFF, 0xFE];

    private static ReadOnlySpan<byte> Utf16BigEndianBom => [0xFE, 0xFF];

    private static CaseReadResult Empty(long lineNumber) =>
        new(null, null, [new ValidationError("$", $"line {lineNumber} is empty: expected a case object.")]);

    private static CaseReadResult MisplacedBom(long lineNumber) => new(null, null, [new ValidationError(
        "$",
        lineNumber == 1
            ? "line 1 starts with a second byte-order mark: only one may open the input."
            : $"line {lineNumber} starts with a byte-order mark: only the very start of the input may hold one.")]);

    private static CaseReadResult Utf16(long lineNumber) =>
        new(null, null, [new ValidationError("$", $"line {lineNumber} starts with a UTF-16 byte-order mark: the input must be UTF-8.")]);
}
