using System.CommandLine;

namespace Bars.Policy.Cli;

/// <summary>
/// What <c>batch</c> and <c>compare</c> read: JSON Lines, cut by the library (<see cref="JsonLinesInput"/>), or CSV
/// rows (<see cref="CsvCases"/>), chosen by <c>--input-format</c> or the file's <c>.csv</c> ending; and how far it
/// has read, for the progress bar and the closing line.
/// </summary>
internal sealed class CaseInput
{
    private CaseInput(BatchInput input, JsonLinesInput? jsonLines, Func<long> bytesRead, Func<long> linesRead)
    {
        Input = input;
        JsonLines = jsonLines;
        BytesRead = bytesRead;
        LinesRead = linesRead;
    }

    /// <summary>What the library reads.</summary>
    public BatchInput Input { get; }

    /// <summary>The JSON Lines input, or null for CSV (which cannot be resumed).</summary>
    public JsonLinesInput? JsonLines { get; }

    /// <summary>Bytes read so far.</summary>
    public Func<long> BytesRead { get; }

    /// <summary>Lines (or rows) read so far.</summary>
    public Func<long> LinesRead { get; }

    /// <summary>The <c>--input-format</c> option: jsonl or csv; by default, csv for a path ending in .csv.</summary>
    /// <returns>The option.</returns>
    public static Option<string?> FormatOption()
    {
        var option = new Option<string?>("--input-format")
        {
            Description = "How the cases are written: jsonl (one JSON case per line) or csv (a header of the contract's fields, nested ones dotted: applicant.birthDate, contract.months; docs/analysts.md). By default csv for a file ending in .csv, else jsonl.",
        };
        option.AcceptOnlyFromAmong("jsonl", "csv");
        return option;
    }

    /// <summary>Whether the cases are CSV.</summary>
    /// <param name="format">--input-format's value.</param>
    /// <param name="path">The cases' path.</param>
    /// <returns>True for CSV.</returns>
    public static bool IsCsv(string? format, string path) =>
        format is null ? path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) : format == "csv";

    /// <summary>The input over <paramref name="stream"/>; for JSON Lines, its first bytes checked (UTF-16 is refused).</summary>
    /// <param name="stream">The cases' bytes.</param>
    /// <param name="csv">Whether they are CSV.</param>
    /// <param name="maxLineBytes">The longest JSON line.</param>
    /// <param name="weight">The --weight column, which a CSV cell gives as a number.</param>
    /// <param name="cancel">Stops the first read.</param>
    /// <returns>The input, or why it cannot be read.</returns>
    public static async Task<(CaseInput? Input, string? Problem)> OpenAsync(CountedStream stream, bool csv, int maxLineBytes, string? weight, CancellationToken cancel)
    {
        if (csv)
        {
            var rows = new CsvCases(stream, weight);
            return (new CaseInput(BatchInput.JsonLines(rows.Rows(cancel)), null, () => stream.Bytes, () => rows.RowsRead), null);
        }

        var lines = BatchInput.JsonLines(stream, new JsonLinesLimits { MaxLineBytes = maxLineBytes });
        var problem = await lines.StartAsync(cancel).ConfigureAwait(false);
        return problem is null ? (new CaseInput(lines, lines, () => lines.BytesRead, () => lines.LinesRead), null) : (null, problem);
    }
}
