using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Bars.Policy.Cli.Output;
using Bars.Policy.Tests.Cli;
using nietras.SeparatedValues;
using Parquet;
using Parquet.Schema;

namespace Bars.Policy.Tests.Outputs;

/// <summary>
/// Issue 23: <c>compare --dataset out.parquet|out.csv</c>, one row per case with its key columns and each outcome and
/// cost part before and after; its totals, recomputed here from the rows alone, are the compare summary's.
/// </summary>
public sealed class CompareDatasetTests
{
    private static readonly string Reform = CliHarness.SamplePath("reform.json");

    private static readonly string[] Parts = ["monthlyPay", "oneTimePayment", "injuryCompensation", "repayOneTimePayment"];

    // The population with lines that cannot be read: each keeps its row, in its place.
    private static string Population(int size, int seed) =>
        CliHarness.Run("population", "--size", size.ToString(CultureInfo.InvariantCulture), "--seed", seed.ToString(CultureInfo.InvariantCulture)).Stdout
        + "{\"caseId\":\"w-1\",\"region\":\"Kursk\",\"weight\":2.5}\n"
        + "not json\n";

    [Fact]
    public async Task The_parquet_dataset_read_back_recomputes_every_total_of_the_compare_summary()
    {
        using var temp = new TempFolder();
        var input = temp.Write("cases.jsonl", Population(1500, 31));
        var parquet = temp.File("dataset.parquet");

        var run = CliHarness.Run("compare", "--reform", Reform, input, "--dataset", parquet);

        Assert.True(run.ExitCode == 0, run.Stderr);
        var rows = await ReadParquet(parquet);
        Assert.Equal(1502, rows.Length);
        Assert.Equal("w-1", rows[1500]["caseId"]);                       // what an unreadable line echoes, as batch gives it
        Assert.Equal("weight is not a field of the case (line 1501).", rows[1500]["firstError"]);
        Assert.Null(rows[1501]["caseId"]);
        Assert.Contains("line 1502", (string?)rows[1501]["firstError"], StringComparison.Ordinal);
        var batch = temp.File("batch.csv");
        Assert.Equal(0, CliHarness.Run("batch", input, "-o", batch, "--format", "csv").ExitCode);
        using (var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(batch))
        {
            var i = 0;
            foreach (var row in reader)
            {
                foreach (var key in new[] { "caseId", "region", "asOf", "errorCount", "firstError" })
                {
                    var cell = rows[i][key] switch { null => "", DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), var v => Convert.ToString(v, CultureInfo.InvariantCulture) };
                    Assert.Equal(row[key].ToString(), cell);
                }

                i++;
            }
        }


        using var summary = JsonDocument.Parse(run.Stdout);
        var root = summary.RootElement;
        Assert.Equal(root.GetProperty("cases").GetInt64(), rows.Length);
        Assert.Equal(root.GetProperty("invalid").GetInt64(), rows.Count(r => (int)r["errorCount"]! > 0));
        AssertTotals(root.GetProperty("cost"), rows.Where(r => (int)r["errorCount"]! == 0).ToArray());
        var regions = 0;
        foreach (var region in root.GetProperty("byRegion").EnumerateArray())
        {
            var name = region.GetProperty("region").GetString();
            var of = rows.Where(r => (int)r["errorCount"]! == 0 && (string?)r["region"] == name).ToArray();
            Assert.Equal(region.GetProperty("cases").GetInt64(), of.Length);
            AssertTotals(region.GetProperty("cost"), of);
            regions++;
        }

        Assert.True(regions >= 3);
    }

    // Issue 24: the Parquet writer holds a row group in one typed array per column and reuses them from group to
    // group; the second group (partial, its last rows unread lines with empty cells where the first group's rows had
    // values) must hold its own cells, none left over from the first.
    [Fact]
    public async Task The_parquet_dataset_of_several_row_groups_holds_each_cell_the_csv_dataset_holds()
    {
        using var temp = new TempFolder();
        var input = temp.Write("cases.jsonl", Population(ParquetDecisionWriter.RowGroupRows + 10, 41));
        var (parquet, csv) = (temp.File("dataset.parquet"), temp.File("dataset.csv"));

        var run = CliHarness.Run("compare", "--reform", Reform, input, "--dataset", parquet);
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal(0, CliHarness.Run("compare", "--reform", Reform, input, "--dataset", csv, "--parallel", "1").ExitCode);

        await using (var file = File.OpenRead(parquet))
        {
            await using var reader = await ParquetReader.CreateAsync(file);
            Assert.Equal(2, reader.RowGroupCount);
        }

        var rows = await ReadParquet(parquet);
        Assert.Equal(ParquetDecisionWriter.RowGroupRows + 12, rows.Length);
        using var table = Sep.Reader(o => o with { Unescape = true }).FromFile(csv);
        var i = 0;
        foreach (var row in table)
        {
            foreach (var name in ComparisonDataset.Header)
            {
                var text = rows[i][name] switch
                {
                    null => "",
                    DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    decimal m => m.ToString("0.############", CultureInfo.InvariantCulture),   // DECIMAL(18,2) reads back as 3000000.00
                    string t => t,
                    var v => Convert.ToString(v, CultureInfo.InvariantCulture),
                };
                var cell = row[name].ToString();
                var expected = decimal.TryParse(cell, NumberStyles.Number, CultureInfo.InvariantCulture, out var m2) && rows[i][name] is decimal
                    ? m2.ToString("0.############", CultureInfo.InvariantCulture)
                    : cell;
                Assert.True(expected == text, $"row {i + 1}, {name}: the CSV has '{cell}', the Parquet '{text}'.");
            }

            i++;
        }

        Assert.Equal(rows.Length, i);
    }

    [Fact]
    public async Task The_parquet_dataset_is_typed_names_its_columns_as_batch_does_and_carries_the_provenance()
    {
        using var temp = new TempFolder();
        var input = temp.Write("cases.jsonl", Population(200, 5));
        var (parquet, csv) = (temp.File("dataset.parquet"), temp.File("dataset.csv"));

        Assert.Equal(0, CliHarness.Run("compare", "--reform", Reform, input, "--dataset", parquet).ExitCode);
        Assert.Equal(0, CliHarness.Run("compare", "--reform", Reform, input, "--dataset", csv, "--parallel", "1").ExitCode);

        await using (var file = File.OpenRead(parquet))
        {
            await using var reader = await ParquetReader.CreateAsync(file, new ParquetOptions { UseDateOnlyTypeForDates = true });
            var fields = reader.Schema.DataFields;
            Assert.Equal(ComparisonDataset.Header, fields.Select(f => f.Name));
            Assert.Equal(2, Assert.IsType<DecimalDataField>(fields.Single(f => f.Name == "costBeforeRub")).Scale);
            Assert.Equal(6, Assert.IsType<DecimalDataField>(fields.Single(f => f.Name == "monthsInForce")).Scale);
            Assert.Equal(typeof(DateOnly), fields.Single(f => f.Name == "asOf").ClrType);
            var meta = reader.CustomMetadata;
            Assert.Equal(PolicyEngine.CreateDefault().Policy.Fingerprint, meta["bars.baseline.fingerprint"]);
            Assert.Equal(Sha256(Reform), meta["bars.reformFile.sha256"]);
            Assert.Equal(Sha256(input), meta["bars.input.sha256"]);
            Assert.Equal("2026-01-01T00:00:00Z", meta["bars.runAt"]);
        }

        // Each batch column's name, with its side before a Rub ending or at the end.
        foreach (var name in new[] { "monthlyPayStatus", "monthlyPayAmountRub", "enlistmentOutcome", "monthlyPayCostRub", "monthlyPayCostReason", "costRub" })
        {
            Assert.Contains(name, DecisionRow.Columns);
            Assert.Contains(ComparisonDataset.Sided(name, "Before"), ComparisonDataset.Header);
            Assert.Contains(ComparisonDataset.Sided(name, "After"), ComparisonDataset.Header);
        }

        Assert.Contains("costBeforeRub", ComparisonDataset.Header);        // as the summary and --changes name it
        Assert.Contains("measuredChangeRub", ComparisonDataset.Header);

        // The CSV holds the same cells, whatever the workers; its provenance beside it.
        var fromParquet = await ReadParquet(parquet);
        using var csvReader = Sep.Reader(o => o with { Unescape = true }).FromFile(csv);
        var i = 0;
        foreach (var row in csvReader)
        {
            foreach (var name in ComparisonDataset.Header)
            {
                var cell = row[name].ToString();
                var expected = fromParquet[i][name];
                if (expected is decimal m) Assert.Equal(m, decimal.Parse(cell, CultureInfo.InvariantCulture));   // 0 and 0.00 are one number
                else Assert.Equal(expected switch
                {
                    null => "",
                    DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    int n => n.ToString(CultureInfo.InvariantCulture),
                    var other => other.ToString(),
                }, cell.StartsWith('\'') ? cell[1..] : cell);
            }

            i++;
        }

        Assert.Equal(fromParquet.Length, i);
        using var meta2 = JsonDocument.Parse(File.ReadAllText(csv + ".meta.json"));
        Assert.Equal(Sha256(input), meta2.RootElement.GetProperty("provenance").GetProperty("input").GetProperty("sha256").GetString());
    }

    [Theory]
    [InlineData("dataset.txt", "--dataset writes .csv or .parquet")]
    [InlineData("-", "--dataset - would write to standard output")]
    public void A_dataset_that_cannot_be_is_refused_before_any_work(string path, string message)
    {
        using var temp = new TempFolder();
        var input = temp.Write("cases.jsonl", CaseJson.Valid("c-1", "Bryansk") + "\n");
        var run = CliHarness.Run("compare", "--reform", Reform, input, "--dataset", path == "-" ? path : temp.File(path));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(message, run.Stderr, StringComparison.Ordinal);
        Assert.Empty(run.Stdout);
    }

    // The summary's cost block from the rows alone: sums of the parts determined on each side, the change on the parts
    // determined on both, parts filled or lost, and the counts; no number of the engine's tally is used.
    private static void AssertTotals(JsonElement cost, Dictionary<string, object?>[] valid)
    {
        var withContract = valid.Where(r => r["monthsInForce"] is not null).ToArray();
        decimal before = 0, after = 0, measured = 0, filled = 0, lost = 0;
        long undeterminedBefore = 0, undeterminedAfter = 0, rises = 0, falls = 0, newlyDetermined = 0, newlyUndetermined = 0;
        foreach (var r in withContract)
        {
            decimal change = 0;
            bool anyFilled = false, anyLost = false;
            foreach (var p in Parts)
            {
                var (b, a) = ((decimal?)r[p + "CostBeforeRub"], (decimal?)r[p + "CostAfterRub"]);
                Assert.Equal(b is null, r[p + "CostReasonBefore"] is not null);
                before += b ?? 0;
                after += a ?? 0;
                if (b is { } x && a is { } y) change += y - x;
                else if (a is { } f) (filled, anyFilled) = (filled + f, true);
                else if (b is { } l) (lost, anyLost) = (lost + l, true);
            }

            measured += change;
            if (Parts.Any(p => r[p + "CostBeforeRub"] is null)) undeterminedBefore++;
            if (Parts.Any(p => r[p + "CostAfterRub"] is null)) undeterminedAfter++;
            if (change > 0) rises++;
            if (change < 0) falls++;
            if (anyFilled) newlyDetermined++;
            if (anyLost) newlyUndetermined++;
            Assert.Equal(change, (decimal?)r["measuredChangeRub"]);
        }

        Assert.Equal(cost.GetProperty("casesWithContract").GetInt64(), withContract.Length);
        Assert.Equal(cost.GetProperty("casesWithoutContract").GetInt64(), valid.Length - withContract.Length);
        Assert.Equal(cost.GetProperty("costBeforeRub").GetDecimal(), before);
        Assert.Equal(cost.GetProperty("costAfterRub").GetDecimal(), after);
        Assert.Equal(cost.GetProperty("measuredChangeRub").GetDecimal(), measured);
        Assert.Equal(cost.GetProperty("newlyDeterminedRub").GetDecimal(), filled);
        Assert.Equal(cost.GetProperty("newlyUndeterminedRub").GetDecimal(), lost);
        Assert.Equal(cost.GetProperty("undeterminedBefore").GetInt64(), undeterminedBefore);
        Assert.Equal(cost.GetProperty("undeterminedAfter").GetInt64(), undeterminedAfter);
        Assert.Equal(cost.GetProperty("rises").GetInt64(), rises);
        Assert.Equal(cost.GetProperty("falls").GetInt64(), falls);
        Assert.Equal(cost.GetProperty("newlyDetermined").GetInt64(), newlyDetermined);
        Assert.Equal(cost.GetProperty("newlyUndetermined").GetInt64(), newlyUndetermined);
    }

    internal static async Task<Dictionary<string, object?>[]> ReadParquet(string path)
    {
        await using var file = File.OpenRead(path);
        await using var reader = await ParquetReader.CreateAsync(file, new ParquetOptions { UseDateOnlyTypeForDates = true });
        var rows = new List<Dictionary<string, object?>>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var n = (int)group.RowCount;
            var columns = new Dictionary<string, object?[]>();
            foreach (var f in reader.Schema.DataFields) columns[f.Name] = await BatchOutputTests.ReadColumn(group, f, n);
            for (var r = 0; r < n; r++) rows.Add(columns.ToDictionary(c => c.Key, c => c.Value[r]));
        }

        return [.. rows];
    }

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
}
