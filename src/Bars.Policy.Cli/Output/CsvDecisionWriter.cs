using System.Globalization;
using nietras.SeparatedValues;

namespace Bars.Policy.Cli.Output;

/// <summary>
/// <c>batch --format csv</c>: one row per input line, the header <see cref="DecisionRow.Columns"/>, comma-separated,
/// RFC 4180 quoting (by Sep: a cell with a comma, a quote or a line break is quoted, quotes doubled), UTF-8 without
/// a byte-order mark, <c>\n</c> line ends; dates yyyy-MM-dd, amounts in roubles with a dot, empty for none; text
/// cells that a spreadsheet would run as a formula start with a single quote (<see cref="Table.Text"/>).
/// </summary>
internal sealed class CsvDecisionWriter(TextWriter output, PolicyEngine policy, PassThroughColumns passThrough) : DecisionWriter<string[]>
{
    private readonly SepWriter writer = Table.Writer(output, [.. DecisionRow.Columns, .. passThrough.Names]);
    private bool wroteRow;

    // The cells are formatted in the workers; the writing thread only quotes and copies them.
    public override string[] Map(BatchResult result)
    {
        var r = DecisionRow.Of(result.Case, result.Decision, policy);
        var cells = new string[DecisionRow.Columns.Length + passThrough.Names.Length];
        var i = 0;
        cells[i++] = Table.Text(r.CaseId);
        cells[i++] = Table.Text(r.Region);
        cells[i++] = Date(r.AsOf);
        cells[i++] = r.Age?.ToString(CultureInfo.InvariantCulture) ?? "";
        cells[i++] = Table.Text(r.Sex);
        cells[i++] = r.ContractMonths?.ToString(CultureInfo.InvariantCulture) ?? "";
        cells[i++] = Table.Text(r.Phase);
        cells[i++] = Table.Text(r.EnlistmentOutcome);
        cells[i++] = Table.Text(r.EnlistmentReason);
        foreach (var o in r.Outcomes)
        {
            cells[i++] = Table.Text(o.Status);
            cells[i++] = o.AmountRub?.ToString(CultureInfo.InvariantCulture) ?? "";
            cells[i++] = Table.Text(o.Reason);
        }

        cells[i++] = Date(r.TrainingEndsOn);
        cells[i++] = r.ErrorCount.ToString(CultureInfo.InvariantCulture);
        cells[i++] = Table.Text(r.FirstError);
        foreach (var day in r.Days) cells[i++] = Date(day);
        i = Cost(r.Cost, cells, i);
        for (var k = 0; k < passThrough.Names.Length; k++) cells[i++] = Table.Text(PassThroughColumns.Text(result.PassThrough[k]));
        return cells;
    }

    public override ValueTask Write(string[] row)
    {
        using var line = writer.NewRow();
        for (var i = 0; i < row.Length; i++) line[i].Set(row[i]);
        wroteRow = true;
        return ValueTask.CompletedTask;
    }

    public override ValueTask Finish()
    {
        // A batch of no lines still gets its header: the file says what its columns are.
        if (!wroteRow) writer.Header.Write();

        writer.Flush();
        return ValueTask.CompletedTask;
    }

    public override ValueTask DisposeAsync()
    {
        writer.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>The cost cells from <paramref name="i"/> on: numbers as they are, each reason as text.</summary>
    /// <param name="cost">The cost.</param>
    /// <param name="cells">The row.</param>
    /// <param name="i">The first cost cell.</param>
    /// <param name="withMonths">Whether the months in force come first.</param>
    /// <returns>The cell after the last.</returns>
    internal static int Cost(CostCells cost, string[] cells, int i, bool withMonths = true)
    {
        if (withMonths) cells[i++] = Number(cost.MonthsInForce);
        foreach (var (rub, reason) in cost.Parts)
        {
            cells[i++] = Number(rub);
            cells[i++] = Table.Text(reason);
        }

        cells[i++] = Number(cost.TotalRub);
        return i;
    }

    private static string Number(decimal? n) => n?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
