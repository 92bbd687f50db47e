using System.Globalization;
using nietras.SeparatedValues;

namespace Bars.Policy.Cli.Output;

/// <summary>
/// <c>compare --changes changes.csv --format csv</c>: one row per changed case, a fixed header (RFC 4180 quoting by
/// Sep, UTF-8): the case, its cost before and after (determined amounts only), the measured change, how the cost
/// moves, the parts left Undetermined on each side (joined by <c>;</c>), then the enlistment's outcome before and
/// after, and for each entitlement and obligation kind its status and amount before and after; the cells of an
/// outcome that does not change are empty. Text cells that a spreadsheet would run as a formula start with a single
/// quote (<see cref="Table.Text"/>).
/// </summary>
internal sealed class ComparisonCsvWriter : IDisposable
{
    private static readonly string[] Outcomes =
        ["Enlistment", .. Enum.GetNames<EntitlementKind>(), .. Enum.GetNames<ObligationKind>()];

    private readonly SepWriter writer;
    private readonly PassThroughColumns passThrough;
    private bool wroteRow;

    public ComparisonCsvWriter(TextWriter output, PassThroughColumns passThrough)
    {
        this.passThrough = passThrough;
        writer = Table.Writer(output, [.. Header, .. passThrough.Names]);
    }

    /// <summary>The header, in order: what the tool's readme documents.</summary>
    public static IReadOnlyList<string> Header { get; } =
    [
        "caseId", "region", "cost", "costBeforeRub", "costAfterRub", "measuredChangeRub", "undeterminedBefore", "undeterminedAfter",
        "enlistmentBefore", "enlistmentAfter",
        .. Outcomes.Skip(1).SelectMany(o => new[] { $"{Camel(o)}Before", $"{Camel(o)}After", $"{Camel(o)}AmountBeforeRub", $"{Camel(o)}AmountAfterRub" }),
    ];

    public void Write(CaseComparison c)
    {
        using var row = writer.NewRow();
        wroteRow = true;
        var i = 0;
        row[i++].Set(Table.Text(c.CaseId));
        row[i++].Set(Table.Text(c.Region));
        row[i++].Set(c.Cost.ToString());
        row[i++].Set(Amount(c.CostBeforeRub));
        row[i++].Set(Amount(c.CostAfterRub));
        row[i++].Set(Amount(c.MeasuredChangeRub));
        row[i++].Set(Table.Text(string.Join(';', c.UndeterminedBefore)));
        row[i++].Set(Table.Text(string.Join(';', c.UndeterminedAfter)));
        foreach (var what in Outcomes)
        {
            var change = c.Changes.FirstOrDefault(x => x.What == what);
            row[i++].Set(Table.Text(change?.Before));
            row[i++].Set(Table.Text(change?.After));
            if (what == Outcomes[0]) continue; // the enlistment has no amount
            row[i++].Set(Amount(change?.AmountBeforeRub));
            row[i++].Set(Amount(change?.AmountAfterRub));
        }

        for (var k = 0; k < passThrough.Names.Length; k++) row[i++].Set(Table.Text(PassThroughColumns.Text(c.PassThrough[k])));
    }

    /// <summary>Writes the header even when no case changed, so the file always has its columns.</summary>
    public void Dispose()
    {
        if (!wroteRow) writer.Header.Write();
        writer.Dispose();
    }

    internal static string Amount(decimal? amount) => amount?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
