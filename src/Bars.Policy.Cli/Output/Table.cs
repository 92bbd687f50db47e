using System.Globalization;
using nietras.SeparatedValues;

namespace Bars.Policy.Cli.Output;

/// <summary>The tool's CSV: comma-separated, RFC 4180 quoting (Sep's escaping), invariant culture, a fixed header.</summary>
internal static class Table
{
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
