using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using nietras.SeparatedValues;

namespace Bars.Policy.Cli;

/// <summary>
/// Cases as CSV, as an analyst has them (<c>batch cases.csv</c>, <c>--input-format csv</c>): a header of the
/// contract's fields, nested ones dotted (<c>caseId, region, asOf, applicant.birthDate, applicant.sex, …,
/// contract.months, contract.startDate</c>), lists as JSON in their cell (<c>injuries</c>); each row becomes the JSON
/// object the contract reads, numbered by the file's line it starts on, so every error is the library's own, naming the
/// field and the line. The types come from the contract itself (<see cref="PolicyJson.Options"/>): a cell that does
/// not fit its field is passed as text, and the library says what the field holds. An empty cell is an absent field;
/// an object whose cells are all empty is absent (no contract). Any other column is the population's own and goes to
/// the library as text (a <c>--weight</c> column as a number), to be passed through or reported.
/// </summary>
internal sealed class CsvCases
{
    private readonly Stream input;
    private readonly string? weight;

    /// <summary>Rows over <paramref name="input"/> (read, not closed).</summary>
    /// <param name="input">The CSV: UTF-8, comma-separated, a header first.</param>
    /// <param name="weight">The --weight column, written as a number.</param>
    public CsvCases(Stream input, string? weight)
    {
        this.input = input;
        this.weight = weight;
    }

    /// <summary>Rows read so far.</summary>
    public long RowsRead { get; private set; }

    /// <summary>Each row as the case's JSON, numbered by its first line in the file.</summary>
    /// <param name="cancel">Stops reading.</param>
    /// <returns>The lines.</returns>
    public async IAsyncEnumerable<JsonLine> Rows([EnumeratorCancellation] CancellationToken cancel)
    {
        // Strict UTF-8 (one opening byte-order mark skipped), and the input left open: its hash is read when every
        // row is answered.
        using var text = new StreamReader(input, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false, leaveOpen: true);
        SepReader reader;
        try
        {
            reader = await Sep.Reader(o => o with { Unescape = true, DisableColCountCheck = true, CultureInfo = CultureInfo.InvariantCulture })
                .FromAsync(text, cancel).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidDataException or System.Text.DecoderFallbackException)
        {
            throw new CsvInputException(ex is System.Text.DecoderFallbackException ? "it is not valid UTF-8 (in its header)" : $"its header cannot be read ({Cut(ex.Message)})");
        }

        using (reader)
        {
            var columns = Columns(reader.Header.ColNames);
            while (true)
            {
                try
                {
                    if (!await reader.MoveNextAsync(cancel).ConfigureAwait(false)) break;
                }
                catch (Exception ex) when (ex is InvalidDataException or System.Text.DecoderFallbackException)
                {
                    throw new CsvInputException(ex is System.Text.DecoderFallbackException
                        ? $"it is not valid UTF-8 (after its row {RowsRead:N0})"
                        : $"its row after row {RowsRead:N0} cannot be read ({Cut(ex.Message)})");
                }

                var row = reader.Current;
                RowsRead++;
                var cells = new string[row.ColCount];
                for (var i = 0; i < cells.Length; i++) cells[i] = row[i].ToString();
                yield return new JsonLine(row.LineNumberFrom, Json(cells, columns));
            }
        }
    }

    // A library's message about a header of any length, quoted as a line.
    private static string Cut(string message) => message.Length <= 160 ? message : message[..160] + "…";

    // What each header names: a path in the case and the JSON its cells are written as.
    private Column[] Columns(IReadOnlyList<string> header) => [.. header.Select(name => new Column(name.Split('.'), KindOf(name)))];

    private Kind KindOf(string name)
    {
        if (name == weight) return Kind.Number;
        JsonTypeInfo info = PolicyJson.Options.GetTypeInfo(typeof(PolicyCase));
        var steps = name.Split('.');
        for (var i = 0; i < steps.Length; i++)
        {
            var property = info.Properties.FirstOrDefault(p => p.Name == steps[i]);
            if (property is null) return Kind.Text;
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (i == steps.Length - 1)
            {
                return type == typeof(bool) ? Kind.Boolean
                    : type == typeof(int) || type == typeof(long) || type == typeof(decimal) ? Kind.Number
                    : type == typeof(string) || type == typeof(DateOnly) || type.IsEnum ? Kind.Text
                    : Kind.Json;
            }

            info = PolicyJson.Options.GetTypeInfo(type);
        }

        return Kind.Text;
    }

    // The row as one JSON object: its columns in header order, nested objects where the header dots them.
    private static ReadOnlyMemory<byte> Json(string[] row, Column[] columns)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            Write(w, row, columns, Enumerable.Range(0, Math.Min(columns.Length, row.Length)).ToArray(), depth: 0);

            // Cells past the header have no name: each is reported by its place ("column8 is not a field of the
            // case"), a plain name so that the rest of the row is still read and checked.
            for (var i = columns.Length; i < row.Length; i++) w.WriteString(string.Create(CultureInfo.InvariantCulture, $"column{i + 1}"), row[i]);
            w.WriteEndObject();
        }

        return buffer.WrittenMemory;
    }

    private static void Write(Utf8JsonWriter w, string[] row, Column[] columns, int[] at, int depth)
    {
        foreach (var group in at.GroupBy(i => columns[i].Path[depth]))
        {
            var leaf = group.Where(i => columns[i].Path.Length == depth + 1).ToArray();
            var inner = group.Where(i => columns[i].Path.Length > depth + 1).ToArray();
            foreach (var i in leaf) Cell(w, group.Key, row[i], columns[i].Kind);
            if (inner.Length == 0 || inner.All(i => row[i].Length == 0)) continue;
            w.WriteStartObject(group.Key);
            Write(w, row, columns, inner, depth + 1);
            w.WriteEndObject();
        }
    }

    private static void Cell(Utf8JsonWriter w, string name, string cell, Kind kind)
    {
        if (cell.Length == 0) return;
        switch (kind)
        {
            case Kind.Boolean when bool.TryParse(cell, out var b):
                w.WriteBoolean(name, b);
                break;
            case Kind.Number when decimal.TryParse(cell, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out _) && IsJsonNumber(cell):
                w.WritePropertyName(name);
                w.WriteRawValue(cell);
                break;
            case Kind.Json when IsJson(cell):
                w.WritePropertyName(name);
                w.WriteRawValue(cell);
                break;
            default:
                w.WriteString(name, cell);
                break;
        }
    }

    // JSON's own grammar for a number (no '+', no leading '.', no leading zeros): a cell that is not one stays text.
    private static bool IsJsonNumber(string cell)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(cell);
        var reader = new Utf8JsonReader(bytes);
        try
        {
            return reader.Read() && reader.TokenType == JsonTokenType.Number && reader.BytesConsumed == bytes.Length;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool IsJson(string cell)
    {
        try
        {
            using var _ = JsonDocument.Parse(cell);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>How a column's cells are written.</summary>
    private enum Kind
    {
        Text,
        Number,
        Boolean,
        Json,
    }

    /// <summary>One header: its path in the case and its kind.</summary>
    private sealed record Column(string[] Path, Kind Kind);
}

/// <summary>A CSV input that cannot be read as a whole (not UTF-8, a header naming a column twice): said with the file, nothing written.</summary>
/// <param name="message">What is wrong, said of the file ("it is not valid UTF-8 …").</param>
internal sealed class CsvInputException(string message) : Exception(message);
