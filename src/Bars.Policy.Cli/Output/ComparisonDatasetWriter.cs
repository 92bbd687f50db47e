using System.Globalization;
using nietras.SeparatedValues;
using Parquet;
using Parquet.Schema;

namespace Bars.Policy.Cli.Output;

/// <summary>
/// Writes <see cref="ComparisonDataset"/> rows as CSV (the header first, RFC 4180 by Sep, text cells made safe for a
/// spreadsheet) or as Parquet (typed, in row groups of <see cref="ParquetDecisionWriter.RowGroupRows"/> rows, the run's
/// provenance as key-value metadata). The comparison hears each case on its reading thread, synchronously, so a full
/// row group is written there and waited for.
/// </summary>
internal abstract class ComparisonDatasetWriter : IDisposable
{
    /// <summary>The writer for <paramref name="path"/>'s extension: .csv or .parquet.</summary>
    /// <param name="path">The dataset's path.</param>
    /// <param name="output">The opened output.</param>
    /// <param name="passThrough">The population's columns, after the tool's.</param>
    /// <returns>The writer.</returns>
    public static ComparisonDatasetWriter For(string path, SafeOutput output, PassThroughColumns passThrough) =>
        IsParquet(path) ? new ParquetWriterOf(output.Stream, output.Name, ComparisonDataset.With(passThrough)) : new CsvWriterOf(output, ComparisonDataset.With(passThrough));

    /// <summary>Why a dataset path cannot be written, or null.</summary>
    /// <param name="path">The path.</param>
    /// <returns>The problem.</returns>
    public static string? Problem(string path) =>
        path == "-" ? "--dataset - would write to standard output, where the summary goes: name a file."
        : IsParquet(path) || Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase) ? null
        : $"--dataset writes .csv or .parquet; '{path}' is neither.";

    /// <summary>Writes one case's row, in input order.</summary>
    /// <param name="c">The compared case.</param>
    public abstract void Write(ComparedCase c);

    /// <summary>Every row is written: completes the file, with the run's provenance where the format has room for it.</summary>
    /// <param name="provenance">Where the dataset comes from.</param>
    public abstract void Finish(RunProvenance provenance);

    /// <inheritdoc/>
    public virtual void Dispose()
    {
    }

    private static bool IsParquet(string path) => Path.GetExtension(path).Equals(".parquet", StringComparison.OrdinalIgnoreCase);

    private sealed class CsvWriterOf(TextWriter output, DatasetColumn[] columns) : ComparisonDatasetWriter
    {
        private readonly SepWriter writer = Table.Writer(output, [.. columns.Select(c => c.Name)]);
        private bool wroteRow;

        public override void Write(ComparedCase c)
        {
            var cells = ComparisonDataset.Row(c, columns);
            using var row = writer.NewRow();
            for (var i = 0; i < cells.Length; i++) row[i].Set(Cell(columns[i].Kind, cells[i]));
            wroteRow = true;
        }

        public override void Finish(RunProvenance provenance)
        {
            if (!wroteRow) writer.Header.Write();
            writer.Flush();
        }

        public override void Dispose() => writer.Dispose();

        private static string Cell(CellKind kind, object? value) => value switch
        {
            null => "",
            string s => Table.Text(s),
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => throw new InvalidOperationException($"A {kind} cell holds {value.GetType().Name}."),
        };
    }

    private sealed class ParquetWriterOf : ComparisonDatasetWriter
    {
        private static readonly decimal AmountLimit = 10_000_000_000_000_000m;
        private readonly Stream output;
        private readonly string name;
        private readonly DatasetColumn[] columns;
        private readonly ParquetSchema schema;

        // One typed array per column, a row group long, reused from group to group: the cells are held as the
        // values they are (a decimal, a date, a string reference), never as boxed objects in a row per case.
        private readonly Array[] buffers;
        private int count;
        private ParquetWriter? writer;

        public ParquetWriterOf(Stream output, string name, DatasetColumn[] columns)
        {
            (this.output, this.name, this.columns) = (output, name, columns);
            schema = new(columns.Select(Field).ToArray());
            buffers = columns.Select(c => Buffer(c.Kind, ParquetDecisionWriter.RowGroupRows)).ToArray();
        }

        public override void Write(ComparedCase c)
        {
            var cells = ComparisonDataset.Row(c, columns);
            for (var i = 0; i < cells.Length; i++)
            {
                if (cells[i] is decimal a && columns[i].Kind == CellKind.Amount && (Math.Round(a, ParquetDecisionWriter.AmountScale) != a || Math.Abs(a) >= AmountLimit))
                {
                    throw new OutputFailedException(name, new IOException($"case '{c.Before.CaseId}' has the amount {a} in {columns[i].Name}, which a Parquet DECIMAL(18,2) column cannot hold; write the dataset as .csv."));
                }
            }

            for (var i = 0; i < cells.Length; i++)
            {
                switch (buffers[i])
                {
                    case double?[] numbers: numbers[count] = (double?)cells[i]; break;
                    case DateOnly?[] days: days[count] = (DateOnly?)cells[i]; break;
                    case int?[] ints: ints[count] = (int?)cells[i]; break;
                    case decimal?[] amounts: amounts[count] = (decimal?)cells[i]; break;
                    default: ((string?[])buffers[i])[count] = (string?)cells[i]; break;
                }
            }

            if (++count == ParquetDecisionWriter.RowGroupRows) Guarded(Flush);
        }

        public override void Finish(RunProvenance provenance) => Guarded(async () =>
        {
            if (count > 0 || writer is null) await Flush().ConfigureAwait(false);
            writer!.CustomMetadata = provenance.Pairs().ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
            await writer.DisposeAsync().ConfigureAwait(false);   // writes the footer
            writer = null;
            await output.FlushAsync().ConfigureAwait(false);
        });

        public override void Dispose()
        {
            try
            {
                writer?.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
            catch (IOException)
            {
                // Already failing: the failure that stopped the run is the one reported.
            }
        }

        private static DataField Field(DatasetColumn c) => c.Kind switch
        {
            CellKind.Date => new DataField<DateOnly?>(c.Name),
            CellKind.Int => new DataField<int?>(c.Name),
            CellKind.Amount => new DecimalDataField(c.Name, ParquetDecisionWriter.AmountPrecision, ParquetDecisionWriter.AmountScale, isNullable: true),
            CellKind.Months => new DecimalDataField(c.Name, ParquetDecisionWriter.AmountPrecision, CostCells.MonthsScale, isNullable: true),
            CellKind.Number => new DataField<double?>(c.Name),
            _ => new DataField<string>(c.Name),
        };

        // The array a column's cells are held in, by what it holds.
        private static Array Buffer(CellKind kind, int rows) => kind switch
        {
            CellKind.Number => new double?[rows],
            CellKind.Date => new DateOnly?[rows],
            CellKind.Int => new int?[rows],
            CellKind.Amount or CellKind.Months => new decimal?[rows],
            _ => new string?[rows],
        };

        // Synchronous on purpose: the comparison calls Write on its reading thread and has no await for it.
        private void Guarded(Func<Task> write)
        {
            try
            {
                write().GetAwaiter().GetResult();
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
            var fields = schema.DataFields;
            for (var i = 0; i < fields.Length; i++)
            {
                switch (buffers[i])
                {
                    case double?[] numbers:
                        await group.WriteAsync<double>(fields[i], numbers.AsMemory(0, count)).ConfigureAwait(false);
                        break;
                    case DateOnly?[] days:
                        await group.WriteAsync<DateOnly>(fields[i], days.AsMemory(0, count)).ConfigureAwait(false);
                        break;
                    case int?[] ints:
                        await group.WriteAsync<int>(fields[i], ints.AsMemory(0, count)).ConfigureAwait(false);
                        break;
                    case decimal?[] amounts:
                        await group.WriteAsync<decimal>(fields[i], amounts.AsMemory(0, count)).ConfigureAwait(false);
                        break;
                    default:
                        var strings = (string?[])buffers[i];
                        await group.WriteAsync(fields[i], (count == strings.Length ? strings : strings[..count])!).ConfigureAwait(false);
                        Array.Clear(strings);
                        break;
                }
            }

            count = 0;
        }
    }
}
