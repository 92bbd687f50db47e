using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Bars.Policy.Cli.Output;

/// <summary>
/// The population's own columns (<c>--pass-through</c>, <c>--weight</c>) as every output writes them, after the
/// tool's columns: JSON Lines as the JSON the input wrote (null where a line has none), CSV as text (a JSON string
/// unquoted, any other value as written), Parquet as strings, but the weight as a DOUBLE. The values are the
/// library's (<see cref="BatchResult.PassThrough"/>); the tool only formats them.
/// </summary>
internal sealed class PassThroughColumns
{
    // Each column's ',"name":' as UTF-8, escaped once.
    private readonly byte[][] members;

    /// <summary>The columns of <c>--pass-through</c>, then the weight's when it is not among them.</summary>
    /// <param name="passThrough">The names given to --pass-through.</param>
    /// <param name="weight">The name given to --weight, or null.</param>
    public PassThroughColumns(IReadOnlyList<string> passThrough, string? weight)
    {
        Names = weight is null || passThrough.Contains(weight, StringComparer.Ordinal) ? [.. passThrough] : [.. passThrough, weight];
        Weight = weight;
        members = [.. Names.Select(n => Encoding.UTF8.GetBytes("," + JsonMember(n) + ":"))];
    }

    /// <summary>No columns of the population's.</summary>
    public static PassThroughColumns None { get; } = new([], null);

    /// <summary>The columns, in order.</summary>
    public string[] Names { get; }

    /// <summary>The weight's column, or null.</summary>
    public string? Weight { get; }

    /// <summary>Whether there are any.</summary>
    public bool Any => Names.Length > 0;

    /// <summary>What the library is asked to take out of each line.</summary>
    /// <param name="options">The batch's options otherwise.</param>
    /// <returns>The options with the fields.</returns>
    public BatchOptions Into(BatchOptions options) => options with { PassThrough = Names, Weight = Weight };

    /// <summary>Whether column <paramref name="k"/> is the weight (a number, typed as one in Parquet).</summary>
    /// <param name="k">The column.</param>
    /// <returns>True for the weight.</returns>
    public bool IsWeight(int k) => Names[k] == Weight;

    /// <summary>A name that is one of the output's own columns too, said as a problem; null when there is none.</summary>
    /// <param name="own">The output's columns.</param>
    /// <returns>The problem.</returns>
    public string? Clash(IEnumerable<string> own)
    {
        var taken = own.ToHashSet(StringComparer.Ordinal);
        return Names.FirstOrDefault(taken.Contains) is { } name
            ? $"'{name}' is already a column of the output; rename it in the input to pass it through."
            : null;
    }

    /// <summary>A value as a CSV cell's text: a JSON string unquoted and unescaped, any other value as written, none empty.</summary>
    /// <param name="json">The value as the input wrote it, or null.</param>
    /// <returns>The text, or null for an empty cell.</returns>
    public static string? Text(string? json) =>
        json is null or "null" ? null : json[0] == '"' ? Unquoted(json) : json;

    private static string? Unquoted(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return reader.GetString();
    }

    /// <summary>A field's name as JSON writes it: quoted, escaped.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The JSON string.</returns>
    public static string JsonMember(string name)
    {
        using var text = new MemoryStream();
        using (var w = new Utf8JsonWriter(text)) w.WriteStringValue(name);
        return Encoding.UTF8.GetString(text.ToArray());
    }

    /// <summary>Column <paramref name="k"/>'s cell for a typed table: the weight as the library read it (a double), any other as text.</summary>
    /// <param name="k">The column.</param>
    /// <param name="json">The value as the input wrote it, or null.</param>
    /// <param name="weight">The case's weight as the library read it (<see cref="BatchResult.Weight"/>); null when the line's is not valid, whose row has the error.</param>
    /// <returns>The cell.</returns>
    public object? Cell(int k, string? json, decimal? weight) =>
        IsWeight(k) ? (double?)weight : Text(json);

    /// <summary>
    /// <paramref name="decision"/>'s JSON (one object) with the columns as its last members, each the JSON the input
    /// wrote or null: every line then has the same members.
    /// </summary>
    /// <param name="decision">The decision's UTF-8 JSON, an object.</param>
    /// <param name="values">The values, one per column.</param>
    /// <returns>The line's bytes.</returns>
    public byte[] AppendTo(ReadOnlySpan<byte> decision, IReadOnlyList<string?> values)
    {
        var line = new ArrayBufferWriter<byte>(decision.Length + members.Sum(m => m.Length + 8));
        line.Write(decision[..^1]);
        for (var k = 0; k < Names.Length; k++)
        {
            line.Write(members[k]);
            line.Write(Encoding.UTF8.GetBytes(values.Count > k && values[k] is { } v ? v : "null"));
        }

        line.Write("}"u8);
        return line.WrittenSpan.ToArray();
    }
}
