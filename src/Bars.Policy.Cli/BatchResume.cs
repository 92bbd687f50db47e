using System.Text;
using System.Text.Json;

namespace Bars.Policy.Cli;

/// <summary>
/// <c>batch … -o out.jsonl --resume</c>: the complete lines of <c>out.jsonl.partial</c> are the answers to as many
/// input lines, in order. Each is checked against its input line — both must name the same caseId where both name
/// one (a line too broken to name it is not checked) — and those input lines are not evaluated again; the batch
/// answers the rest and appends. A partial file with more answers than the input has lines, or a caseId that
/// differs, is refused: it belongs to another input.
/// </summary>
internal static class BatchResume
{
    /// <summary>
    /// How many lines were answered before (taken from <paramref name="input"/>, so the batch reads only the rest,
    /// which keep their numbers) and how many of those with errors; or why the file cannot be resumed.
    /// </summary>
    public sealed record Skipped(long Answered, long Invalid, string? Problem);

    public static async Task<Skipped> SkipAnsweredAsync(JsonLinesInput input, IEnumerable<string> answered, string partial, CancellationToken cancel)
    {
        long count = 0, invalid = 0;
        foreach (var answer in answered)
        {
            count++;
            var problem = await input.ReadLineAsync(cancel).ConfigureAwait(false) is not { } line
                ? $"'{partial}' holds more answers than the input has lines ({count - 1}): it is the output of another input."
                : Check(answer, System.Text.Encoding.UTF8.GetString(line.Bytes.Span), count, partial, ref invalid);
            if (problem is not null) return new Skipped(count - 1, invalid, problem);
        }

        return new Skipped(count, invalid, null);
    }

    /// <summary>
    /// The complete lines of the closed working file at <paramref name="path"/>, and the bytes of a torn last line
    /// after them: what is on disk after a failed write, whatever the writer had counted.
    /// </summary>
    public static (long Lines, long TornBytes) CountCompleteLines(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 0);
        var buffer = new byte[1 << 16];
        long lines = 0, complete = 0;
        for (var (read, count) = (0L, 0); (count = file.Read(buffer)) > 0; read += count)
        {
            lines += buffer.AsSpan(0, count).Count((byte)'\n');
            if (buffer.AsSpan(0, count).LastIndexOf((byte)'\n') is var last and >= 0) complete = read + last + 1;
        }

        return (lines, file.Length - complete);
    }

    private static string? Check(string answer, string input, long line, string partial, ref long invalid)
    {
        var decision = Scan(answer);
        if (!decision.WellFormed) return $"line {line} of '{partial}' is not a decision; it cannot be resumed (delete it to start over).";
        if (decision.HasErrors) invalid++;
        var asked = Scan(input).CaseId;
        if (asked is not null && decision.CaseId is not null && !string.Equals(asked, decision.CaseId, StringComparison.Ordinal))
        {
            return $"line {line} of '{partial}' answers caseId '{Shorten(decision.CaseId)}' but input line {line} is caseId '{Shorten(asked)}': it is the output of another input.";
        }

        return null;
    }

    private static string Shorten(string id) => id.Length <= 80 ? id : id[..80] + "…";

    // The top-level caseId (as far as the JSON reads before any break) and whether a non-empty errors array follows.
    private static (string? CaseId, bool HasErrors, bool WellFormed) Scan(string line)
    {
        string? caseId = null;
        var hasErrors = false;
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(line), new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return (null, false, false);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                if (!reader.Read()) break;
                if (name == "caseId" && reader.TokenType == JsonTokenType.String) caseId = reader.GetString();
                else if (name == "errors" && reader.TokenType == JsonTokenType.StartArray)
                {
                    var ahead = reader; // a copy looks at the first element; the reader skips the whole array
                    hasErrors = ahead.Read() && ahead.TokenType != JsonTokenType.EndArray;
                }

                reader.Skip();
            }

            return (caseId, hasErrors, reader.TokenType == JsonTokenType.EndObject && !reader.Read());
        }
        catch (JsonException)
        {
            return (caseId, hasErrors, false);
        }
    }

    /// <summary>The working file of an unfinished run, opened by <see cref="SafeOutput(string, bool, bool)"/> to resume it.</summary>
    /// <param name="file">The working file, before anything is written to it.</param>
    public sealed class PartialFile(Stream file)
    {
        private long complete;

        /// <summary>The bytes of a torn last line that <see cref="CutTornLine"/> drops (0 when the file ends on a line).</summary>
        public long DroppedBytes { get; private set; }

        /// <summary>The complete lines, read once (a CR before the LF dropped, as a StreamReader would); a torn last line
        /// (the run was killed mid-write) is left out. Nothing is changed yet: a file refused is left as it was.</summary>
        public IEnumerable<string> ReadCompleteLines()
        {
            var buffer = new byte[1 << 16];
            var line = new MemoryStream();
            file.Position = 0;
            for (var (read, count) = (0L, 0); (count = file.Read(buffer)) > 0; read += count)
            {
                var start = 0;
                for (int end; (end = Array.IndexOf(buffer, (byte)'\n', start, count - start)) >= 0; start = end + 1)
                {
                    line.Write(buffer, start, end - start);
                    var bytes = line.GetBuffer().AsSpan(0, (int)line.Length);
                    var text = CliStreams.Utf8NoBom.GetString(bytes.EndsWith("\r"u8) ? bytes[..^1] : bytes);
                    line.SetLength(0);
                    complete = read + end + 1;
                    yield return text;
                }

                line.Write(buffer, start, count - start);
            }

            DroppedBytes = file.Length - complete;
        }

        /// <summary>Cuts off the torn last line once every complete line is read and accepted: the answers go on from there.</summary>
        public void CutTornLine()
        {
            file.SetLength(complete);
            file.Position = complete;
        }
    }
}
