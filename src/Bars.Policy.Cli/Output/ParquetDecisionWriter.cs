using Parquet;
using Parquet.Schema;

namespace Bars.Policy.Cli.Output;

/// <summary>
/// <c>batch --format parquet</c>: the columns of <see cref="DecisionRow.Columns"/>, typed (dates, the time model's days too, as DATE, amounts
/// as DECIMAL(18,2) roubles, age, months and error count as INT32, the rest as strings, which Parquet.Net
/// dictionary-encodes), written in row groups of <see cref="RowGroupRows"/> rows: memory holds one row group, however
/// many cases there are.
/// </summary>
internal sealed class ParquetDecisionWriter : DecisionWriter<DecisionRow>
{
    /// <summary>Rows per row group: large enough for good compression, small enough for flat memory.</summary>
    public const int RowGroupRows = 20_000;

    /// <summary>The amounts' type: roubles to the kopeck, up to 10^16.</summary>
    public const int AmountPrecision = 18;

    /// <summary>Digits after the point.</summary>
    public const int AmountScale = 2;

    private static readonly decimal AmountLimit = 10_000_000_000_000_000m;

    private readonly Stream output;
    private readonly string name;
    private readonly ParquetSchema schema;
    private readonly DataField[] fields;
    private readonly PassThroughColumns passThrough;
    private readonly List<DecisionRow> rows = new(RowGroupRows);
    private readonly PolicyEngine policy;
    private readonly Func<IReadOnlyList<KeyValuePair<string, string>>> metadata;
    private ParquetWriter? writer;

    /// <summary>A writer to <paramref name="output"/>, named <paramref name="name"/> in messages (<c>'out.parquet'</c>).</summary>
    /// <param name="output">The file's stream.</param>
    /// <param name="name">How the output is named to the user.</param>
    /// <param name="policy">The engine that decides: its cost of each case fills the cost columns.</param>
    /// <param name="metadata">The run's provenance, asked for when every row is written (the input's hash is known then) and written as the file's key-value metadata.</param>
    /// <param name="passThrough">The population's columns, after the tool's.</param>
    public ParquetDecisionWriter(Stream output, string name, PolicyEngine policy, Func<IReadOnlyList<KeyValuePair<string, string>>> metadata, PassThroughColumns passThrough)
    {
        this.passThrough = passThrough;
        schema = new ParquetSchema([.. Fields(), .. PassThroughFields(passThrough)]);
        fields = schema.DataFields;
        this.policy = policy;
        this.metadata = metadata;
        this.output = output;
        this.name = name;
    }

    /// <summary>The population's columns as fields: the weight a DOUBLE, any other a string.</summary>
    /// <param name="passThrough">The columns.</param>
    /// <returns>The fields.</returns>
    internal static IEnumerable<DataField> PassThroughFields(PassThroughColumns passThrough) =>
        passThrough.Names.Select<string, DataField>((n, k) => passThrough.IsWeight(k) ? new DataField<double?>(n) : new DataField<string>(n));

    public override DecisionRow Map(BatchResult result)
    {
        var row = DecisionRow.Of(result.Case, result.Decision, policy) with { PassThrough = result.PassThrough, Weight = result.Weight };

        // Checked in the worker, so that a host's amount the column cannot hold stops the batch with its case named.
        foreach (var a in row.Outcomes.Select(o => o.AmountRub).Concat(row.Cost.Parts.Select(p => p.Rub)).Append(row.Cost.TotalRub))
        {
            if (a is { } && (Math.Round(a.Value, AmountScale) != a || Math.Abs(a.Value) >= AmountLimit))
            {
                throw new OutputFailedException(name, new IOException($"case '{row.CaseId}' has the amount {a}, which a Parquet DECIMAL({AmountPrecision},{AmountScale}) column cannot hold; write it as --format csv or jsonl."));
            }
        }

        return row;
    }

    public override async ValueTask Write(DecisionRow row)
    {
        rows.Add(row);
        if (rows.Count == RowGroupRows) await Guarded(Flush).ConfigureAwait(false);
    }

    public override async ValueTask Finish()
    {
        // A batch of no lines still gets a valid file: the schema and no rows.
        await Guarded(async () =>
        {
            if (rows.Count > 0 || writer is null) await Flush().ConfigureAwait(false);
            writer!.CustomMetadata = metadata().ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
            await writer!.DisposeAsync().ConfigureAwait(false); // writes the footer
            writer = null;
            await output.FlushAsync().ConfigureAwait(false);
        }).ConfigureAwait(false);
    }

    public override async ValueTask DisposeAsync()
    {
        try
        {
            if (writer is not null) await writer.DisposeAsync().ConfigureAwait(false);
        }
        catch (IOException)
        {
            // Already failing: the failure that stopped the run is the one reported.
        }
    }

    private static DataField[] Fields() =>
    [
        new DataField<string>("caseId"), new DataField<string>("region"), new DataField<DateOnly?>("asOf"), new DataField<int?>("age"),
        new DataField<string>("sex"), new DataField<int?>("contractMonths"), new DataField<string>("phase"),
        new DataField<string>("enlistmentOutcome"), new DataField<string>("enlistmentReason"),
        .. DecisionRow.Columns.Skip(9).Take(DecisionRow.OutcomeNames.Length * 3).Select<string, DataField>(
            (name, i) => i % 3 == 1 ? new DecimalDataField(name, AmountPrecision, AmountScale, isNullable: true) : new DataField<string>(name)),
        new DataField<DateOnly?>("trainingEndsOn"), new DataField<int>("errorCount"), new DataField<string>("firstError"),
        .. DecisionRow.DayColumns.Select(name => new DataField<DateOnly?>(name)),
        .. CostFields(CostCells.Columns),
    ];

    /// <summary>The cost columns' fields: the months in force DECIMAL(18,6), each amount DECIMAL(18,2), each reason a string.</summary>
    /// <param name="names">The columns, months first when <paramref name="withMonths"/>.</param>
    /// <param name="withMonths">Whether the first column is the months in force.</param>
    /// <returns>The fields.</returns>
    internal static IEnumerable<DataField> CostFields(IReadOnlyList<string> names, bool withMonths = true) => names.Select<string, DataField>((n, i) =>
        withMonths && i == 0 ? new DecimalDataField(n, AmountPrecision, CostCells.MonthsScale, isNullable: true)
        : n.EndsWith("Rub", StringComparison.Ordinal) ? new DecimalDataField(n, AmountPrecision, AmountScale, isNullable: true)
        : new DataField<string>(n));

    // A failed write (a full disk) is reported as the other formats report theirs.
    private async Task Guarded(Func<Task> write)
    {
        try
        {
            await write().ConfigureAwait(false);
        }
        catch (Exception ex) when (OutputFailedException.AsWriteFailure(ex) is { } failure)
        {
            throw new OutputFailedException(name, failure);
        }
    }

    private async Task Flush()
    {
        writer ??= await ParquetWriter.CreateAsync(schema, output).ConfigureAwait(false);
        using var group = writer.CreateRowGroup();
        var f = 0;
        await Strings(group, fields[f++], r => r.CaseId).ConfigureAwait(false);
        await Strings(group, fields[f++], r => r.Region).ConfigureAwait(false);
        await Values(group, fields[f++], r => r.AsOf).ConfigureAwait(false);
        await Values(group, fields[f++], r => r.Age).ConfigureAwait(false);
        await Strings(group, fields[f++], r => r.Sex).ConfigureAwait(false);
        await Values(group, fields[f++], r => r.ContractMonths).ConfigureAwait(false);
        await Strings(group, fields[f++], r => r.Phase).ConfigureAwait(false);
        await Strings(group, fields[f++], r => r.EnlistmentOutcome).ConfigureAwait(false);
        await Strings(group, fields[f++], r => r.EnlistmentReason).ConfigureAwait(false);
        for (var o = 0; o < DecisionRow.OutcomeNames.Length; o++)
        {
            var k = o;
            await Strings(group, fields[f++], r => r.Outcomes[k].Status).ConfigureAwait(false);
            await Values(group, fields[f++], r => r.Outcomes[k].AmountRub).ConfigureAwait(false);
            await Strings(group, fields[f++], r => r.Outcomes[k].Reason).ConfigureAwait(false);
        }

        await Values(group, fields[f++], r => r.TrainingEndsOn).ConfigureAwait(false);
        await group.WriteAsync<int>(fields[f++], rows.Select(r => r.ErrorCount).ToArray().AsMemory()).ConfigureAwait(false);
        await Strings(group, fields[f++], r => r.FirstError).ConfigureAwait(false);
        for (var d = 0; d < DecisionRow.DayColumns.Length; d++)
        {
            var k = d;
            await Values(group, fields[f++], r => r.Days[k]).ConfigureAwait(false);
        }

        await Values(group, fields[f++], r => r.Cost.MonthsInForce).ConfigureAwait(false);
        for (var p = 0; p < CostCells.PartNames.Length; p++)
        {
            var k = p;
            await Values(group, fields[f++], r => r.Cost.Parts[k].Rub).ConfigureAwait(false);
            await Strings(group, fields[f++], r => r.Cost.Parts[k].Reason).ConfigureAwait(false);
        }

        await Values(group, fields[f++], r => r.Cost.TotalRub).ConfigureAwait(false);
        for (var p = 0; p < passThrough.Names.Length; p++)
        {
            var k = p;
            if (passThrough.IsWeight(k)) await Values(group, fields[f++], r => (double?)passThrough.Cell(k, r.PassThrough[k], r.Weight)).ConfigureAwait(false);
            else await Strings(group, fields[f++], r => PassThroughColumns.Text(r.PassThrough[k])).ConfigureAwait(false);
        }

        rows.Clear();
    }

    private Task Strings(ParquetRowGroupWriter group, DataField field, Func<DecisionRow, string?> cell) =>
        group.WriteAsync(field, rows.Select(cell).ToArray()!);

    private Task Values<T>(ParquetRowGroupWriter group, DataField field, Func<DecisionRow, T?> cell)
        where T : struct =>
        group.WriteAsync<T>(field, rows.Select(cell).ToArray().AsMemory());
}
