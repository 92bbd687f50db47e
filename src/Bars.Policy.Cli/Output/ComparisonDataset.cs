namespace Bars.Policy.Cli.Output;

/// <summary>
/// <c>compare --dataset out.parquet|out.csv</c>: one row per input case, in input order, changed or not, valid or
/// not — the input's key columns (caseId, region, asOf), its errors, the facts of the case both sides share (age,
/// sex, contract months, months in force), the cost move and measured change, then each outcome and each cost part
/// before and after, side by side. A column is named as <c>batch</c> names it, with <c>Before</c>/<c>After</c> put
/// before a <c>Rub</c> ending (<c>costRub</c> → <c>costBeforeRub</c>, as compare's summary says) and after any other
/// name (<c>monthlyPayStatus</c> → <c>monthlyPayStatusBefore</c>). The numbers are the library's
/// (<see cref="ComparedCase"/>), never computed again here.
/// </summary>
internal static class ComparisonDataset
{
    /// <summary>The columns, in order; documented in docs/analysts.md.</summary>
    public static readonly DatasetColumn[] Columns = Build();

    /// <summary>The header, in order.</summary>
    public static readonly string[] Header = Columns.Select(c => c.Name).ToArray();

    /// <summary>The tool's columns, then the population's own (<c>--pass-through</c>, <c>--weight</c>).</summary>
    /// <param name="passThrough">The population's columns.</param>
    /// <returns>The dataset's columns.</returns>
    public static DatasetColumn[] With(PassThroughColumns passThrough) =>
    [
        .. Columns,
        .. passThrough.Names.Select((name, k) => new DatasetColumn(name, passThrough.IsWeight(k) ? CellKind.Number : CellKind.Text, r => passThrough.Cell(k, r.Case.PassThrough[k], r.Case.Weight))),
    ];

    /// <summary>The cells of one compared case, one per column.</summary>
    /// <param name="c">The case and both its decisions and costs.</param>
    /// <param name="columns">The columns (<see cref="Columns"/>, or <see cref="With"/>'s).</param>
    /// <returns>The cells: text, dates, ints or decimals; null for an empty cell.</returns>
    public static object?[] Row(ComparedCase c, DatasetColumn[] columns)
    {
        // A line that could not be read has one answer on both sides, as batch gives it (what it echoes, its errors).
        var unread = c.Case is null ? c.Before : null;
        var row = unread is not null
            ? new Sides(c, DecisionRow.Of(null, unread, (CaseCostBreakdown?)null), DecisionRow.Of(null, unread, (CaseCostBreakdown?)null))
            : new Sides(c, DecisionRow.Of(c.Case, c.Before, c.CostBefore), DecisionRow.Of(c.Case, c.After, c.CostAfter));
        var cells = new object?[columns.Length];
        for (var i = 0; i < cells.Length; i++) cells[i] = columns[i].Get(row);
        return cells;
    }

    /// <summary>A name with its side: before a <c>Rub</c> ending, else at the end.</summary>
    /// <param name="name">The batch's column.</param>
    /// <param name="side">Before or After.</param>
    /// <returns>The dataset's column.</returns>
    public static string Sided(string name, string side) =>
        name.EndsWith("Rub", StringComparison.Ordinal) ? name[..^3] + side + "Rub" : name + side;

    private static DatasetColumn[] Build()
    {
        var columns = new List<DatasetColumn>
        {
            new("caseId", CellKind.Text, r => r.Before.CaseId),
            new("region", CellKind.Text, r => r.Before.Region),
            new("asOf", CellKind.Date, r => r.Before.AsOf),
            new("errorCount", CellKind.Int, r => r.Before.ErrorCount),
            new("firstError", CellKind.Text, r => r.Before.FirstError),
            new("age", CellKind.Int, r => r.Before.Age),
            new("sex", CellKind.Text, r => r.Before.Sex),
            new("contractMonths", CellKind.Int, r => r.Before.ContractMonths),
            new("monthsInForce", CellKind.Months, r => r.Before.Cost.MonthsInForce),
            new("cost", CellKind.Text, r => r.Case.Comparison?.Cost.ToString()),
            new("measuredChangeRub", CellKind.Amount, r => r.Case.Comparison?.MeasuredChangeRub),
        };

        var sided = new List<(string Name, CellKind Kind, Func<DecisionRow, object?> Get)>
        {
            ("enlistmentOutcome", CellKind.Text, d => d.EnlistmentOutcome),
            ("enlistmentReason", CellKind.Text, d => d.EnlistmentReason),
            ("phase", CellKind.Text, d => d.Phase),
        };
        for (var o = 0; o < DecisionRow.OutcomeNames.Length; o++)
        {
            var (k, name) = (o, Camel(DecisionRow.OutcomeNames[o]));
            sided.Add((name + "Status", CellKind.Text, d => d.Outcomes[k].Status));
            sided.Add((name + "AmountRub", CellKind.Amount, d => d.Outcomes[k].AmountRub));
            sided.Add((name + "Reason", CellKind.Text, d => d.Outcomes[k].Reason));
        }

        for (var p = 0; p < CostCells.PartNames.Length; p++)
        {
            var (k, name) = (p, CostCells.PartNames[p]);
            sided.Add((name + "CostRub", CellKind.Amount, d => d.Cost.Parts[k].Rub));
            sided.Add((name + "CostReason", CellKind.Text, d => d.Cost.Parts[k].Reason));
        }

        sided.Add(("costRub", CellKind.Amount, d => d.Cost.TotalRub));
        foreach (var (name, kind, get) in sided)
        {
            columns.Add(new(Sided(name, "Before"), kind, r => get(r.Before)));
            columns.Add(new(Sided(name, "After"), kind, r => get(r.After)));
        }

        return [.. columns];
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    /// <summary>One compared case and its two rows.</summary>
    /// <param name="Case">The case.</param>
    /// <param name="Before">Its row under the baseline.</param>
    /// <param name="After">Its row under the reform.</param>
    internal sealed record Sides(ComparedCase Case, DecisionRow Before, DecisionRow After);
}

/// <summary>What a dataset cell holds, and so how CSV writes it and which Parquet type holds it.</summary>
internal enum CellKind
{
    /// <summary>A string.</summary>
    Text,

    /// <summary>A day: yyyy-MM-dd, Parquet DATE.</summary>
    Date,

    /// <summary>A whole number: Parquet INT32.</summary>
    Int,

    /// <summary>Roubles: Parquet DECIMAL(18,2).</summary>
    Amount,

    /// <summary>Months in force: Parquet DECIMAL(18,6).</summary>
    Months,

    /// <summary>A population's weight: Parquet DOUBLE.</summary>
    Number,
}

/// <summary>One column of the comparison dataset.</summary>
/// <param name="Name">Its name.</param>
/// <param name="Kind">What it holds.</param>
/// <param name="Get">Its cell of a compared case.</param>
internal sealed record DatasetColumn(string Name, CellKind Kind, Func<ComparisonDataset.Sides, object?> Get);
