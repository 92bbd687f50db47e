namespace Bars.Policy;

/// <summary>
/// JSON Lines, one case per line, as the batch entries read it: a line is read as <see cref="PolicyJson.ReadCase(ReadOnlySpan{byte})"/>
/// reads a case, except that an empty line is an error naming its number, so that every line gets an answer.
/// </summary>
public static class JsonLines
{
    /// <summary>
    /// Reads one line of JSON Lines. Never throws for bad input: problems come back in
    /// <see cref="CaseReadResult.Errors"/>, with the caseId when it can be read.
    /// </summary>
    /// <param name="utf8Line">The line as UTF-8, without its line end (a trailing carriage return is ignored).</param>
    /// <param name="lineNumber">The line's number, counted from 1, for the message of an empty line.</param>
    /// <returns>The case, or the errors that kept it from being read.</returns>
    public static CaseReadResult ReadLine(ReadOnlySpan<byte> utf8Line, long lineNumber)
    {
        // A blank line is a missing case, not a JSON syntax error: say so, with its number, rather than skip it.
        var content = utf8Line.StartsWith("\uFEFF"u8) ? utf8Line[3..] : utf8Line;
        return content.IndexOfAnyExcept(" \t\r\n\v\f"u8) < 0 ? Empty(lineNumber) : PolicyJson.ReadCase(content);
    }

    /// <summary>Reads one line given as text (see <see cref="ReadLine(ReadOnlySpan{byte}, long)"/>).</summary>
    internal static CaseReadResult ReadLine(string line, long lineNumber) =>
        string.IsNullOrWhiteSpace(line) ? Empty(lineNumber) : PolicyJson.ReadCase(line);

    private static CaseReadResult Empty(long lineNumber) =>
        new(null, null, [new ValidationError("$", $"line {lineNumber} is empty: expected a case object.")]);
}
