using System.Globalization;
using nietras.SeparatedValues;

namespace Bars.Policy.Cli.Output;

/// <summary>
/// The tool's CSV: comma-separated, RFC 4180 quoting (Sep's escaping), invariant culture, a fixed header; a text cell
/// that a spreadsheet would run as a formula is written as text (<see cref="Text"/>).
/// </summary>
internal static class Table
{
    /// <summary>
    /// A text cell made safe to open in a spreadsheet (CSV injection, as OWASP advises): a cell that starts with
    /// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return gets a single quote before it, so it is read
    /// as text, not run as a formula. Only text cells: the tool's own numbers (a negative change) stay numbers. JSON
    /// Lines and Parquet keep the value as it is.
    /// </summary>
    /// <param name="value">The cell's text, or null for an empty cell.</param>
    /// <returns>The cell as written.</returns>
    public static string Text(string? value) =>
        value is { Length: > 0 } && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value ?? "";

    /// <summary>A writer to <paramref name="output"/> (left open) with <paramref name="header"/> declared up front, so cells are set by position.</summary>
    /// <param name="output">Where the CSV goes.</param>
    /// <param name="header">The columns, in order.</param>
    /// <returns>The writer.</returns>
    public static SepWriter Writer(TextWriter output, IReadOnlyList<string> header)
    {
        var writer = Sep.New(',').Writer(o => o with { Escape = true, CultureInfo = CultureInfo.InvariantCulture }).To(output, leaveOpen: true);
        writer.Header.Add(header);
        return writer;
    }
}
