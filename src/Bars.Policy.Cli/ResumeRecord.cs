using System.Text;
using System.Text.Json;

namespace Bars.Policy.Cli;

/// <summary>
/// The options that shape a batch's answers — <c>--format</c>, <c>--findings</c>, <c>--execution</c>,
/// <c>--max-line-bytes</c>, the <c>--reform</c> file's hash — kept beside its working file as <c>out.jsonl.partial.options</c> from before the first
/// answer is written until the output is put in place. <c>--resume</c> reads it: a run whose options differ would mix
/// two kinds of answer in one file, so it is refused and told the command that continues the file.
/// </summary>
/// <param name="Format">jsonl, csv or parquet.</param>
/// <param name="Findings">full, ids or none.</param>
/// <param name="Execution">sequential, rete, or null when the option was absent.</param>
/// <param name="MaxLineBytes">The longest line read.</param>
/// <param name="Reform">The SHA-256 of the <c>--reform</c> file the answers were decided under, or null for the shipped policy.</param>
/// <param name="PassThrough">The <c>--pass-through</c> names, comma-separated, or null for none.</param>
/// <param name="Weight">The <c>--weight</c> name, or null.</param>
internal sealed record ResumeRecord(string Format, string Findings, string? Execution, int MaxLineBytes, string? Reform = null, string? PassThrough = null, string? Weight = null)
{
    public const string Suffix = ".options";

    /// <summary>Where the record of the working file <paramref name="workingPath"/> is kept.</summary>
    public static string PathFor(string workingPath) => workingPath + Suffix;

    /// <summary>The options as command-line arguments, the defaults left out.</summary>
    public IReadOnlyList<string> Arguments()
    {
        var arguments = new List<string>();
        if (Format != "jsonl") arguments.AddRange(["--format", Format]);
        if (Findings != "full") arguments.AddRange(["--findings", Findings]);
        if (Execution is not null) arguments.AddRange(["--execution", Execution]);
        if (MaxLineBytes != MaxBytesOption.Default) arguments.AddRange(["--max-line-bytes", MaxLineBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        if (PassThrough is not null) arguments.AddRange(["--pass-through", PassThrough]);
        if (Weight is not null) arguments.AddRange(["--weight", Weight]);
        return arguments;
    }

    /// <summary>How this record differs from <paramref name="other"/>, as the options that differ ("--findings ids, not full").</summary>
    public string Difference(ResumeRecord other)
    {
        var parts = new List<string>();
        if (Format != other.Format) parts.Add($"--format {Format}, not {other.Format}");
        if (Findings != other.Findings) parts.Add($"--findings {Findings}, not {other.Findings}");
        if (Execution != other.Execution) parts.Add($"--execution {Execution ?? "(absent)"}, not {other.Execution ?? "(absent)"}");
        if (MaxLineBytes != other.MaxLineBytes) parts.Add($"--max-line-bytes {MaxLineBytes}, not {other.MaxLineBytes}");
        if (Reform != other.Reform) parts.Add($"{Said(Reform)}, not {Said(other.Reform)}");
        if (PassThrough != other.PassThrough) parts.Add($"--pass-through {PassThrough ?? "(absent)"}, not {other.PassThrough ?? "(absent)"}");
        if (Weight != other.Weight) parts.Add($"--weight {Weight ?? "(absent)"}, not {other.Weight ?? "(absent)"}");
        return string.Join("; ", parts);
    }

    private static string Said(string? reform) => reform is null ? "no --reform" : $"the --reform file of SHA-256 {reform[..12]}…";

    /// <summary>Writes the record (replacing any), whole or not at all: written beside it, then renamed into place.</summary>
    public void Write(string workingPath)
    {
        var path = PathFor(workingPath);
        var text = new MemoryStream();
        using (var w = new Utf8JsonWriter(text))
        {
            w.WriteStartObject();
            w.WriteString("format", Format);
            w.WriteString("findings", Findings);
            if (Execution is null) w.WriteNull("execution");
            else w.WriteString("execution", Execution);
            w.WriteNumber("maxLineBytes", MaxLineBytes);
            if (Reform is not null) w.WriteString("reform", Reform);
            if (PassThrough is not null) w.WriteString("passThrough", PassThrough);
            if (Weight is not null) w.WriteString("weight", Weight);
            w.WriteEndObject();
        }

        var temporary = path + ".new";
        File.WriteAllBytes(temporary, [.. text.ToArray(), (byte)'\n']);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The record of <paramref name="workingPath"/>: null when there is none; Problem when it cannot be read.</summary>
    public static (ResumeRecord? Record, string? Problem) Read(string workingPath)
    {
        var path = PathFor(workingPath);
        if (!File.Exists(path)) return (null, null);
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = json.RootElement;
            var record = new ResumeRecord(
                root.GetProperty("format").GetString()!,
                root.GetProperty("findings").GetString()!,
                root.GetProperty("execution").GetString(),
                root.GetProperty("maxLineBytes").GetInt32(),
                root.TryGetProperty("reform", out var r) ? r.GetString() : null,
                root.TryGetProperty("passThrough", out var p) ? p.GetString() : null,
                root.TryGetProperty("weight", out var w) ? w.GetString() : null);
            return record.Format is "jsonl" or "csv" or "parquet" && record.Findings is "full" or "ids" or "none" && record.Execution is null or "sequential" or "rete" && record.MaxLineBytes is >= 1 and <= JsonLinesLimits.MaxLineBytesLimit
                ? (record, null)
                : (null, $"'{path}' is not a record of a batch's options");
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException or FormatException or IOException or UnauthorizedAccessException)
        {
            return (null, $"'{path}' cannot be read ({ex.Message})");
        }
    }

    /// <summary>Removes the record of <paramref name="workingPath"/>, if any (best effort: a stale record is replaced by the next run).</summary>
    public static void Delete(string workingPath)
    {
        try
        {
            File.Delete(PathFor(workingPath));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A record without its working file is never read: the next run writes its own.
        }
    }

    /// <summary>The command that runs a batch again, each argument quoted for a POSIX shell where it must be.</summary>
    public static string Command(IEnumerable<string> arguments) =>
        "bars-policy " + string.Join(' ', arguments.Select(Quote));

    private static string Quote(string argument)
    {
        if (argument.Length > 0 && argument.All(c => char.IsAsciiLetterOrDigit(c) || "_./:=@%+,-".Contains(c, StringComparison.Ordinal))) return argument;
        var quoted = new StringBuilder("'");
        foreach (var c in argument) quoted.Append(c == '\'' ? "'\\''" : c.ToString());
        return quoted.Append('\'').ToString();
    }
}
