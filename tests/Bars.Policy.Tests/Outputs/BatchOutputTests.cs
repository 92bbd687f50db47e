using System.Globalization;
using System.Text.Json;
using Bars.Policy.Cli.Output;
using Bars.Policy.Tests.Cli;
using nietras.SeparatedValues;
using Parquet;
using Parquet.Schema;

namespace Bars.Policy.Tests.Outputs;

/// <summary><c>batch --format csv|parquet</c>, <c>--findings</c>, <c>--summary</c>: every input line gets its row, in order, equal to its JSON decision.</summary>
public sealed class BatchOutputTests
{
    // A population with the shapes that matter, and lines that cannot be read: each keeps its row, in order.
    private static string Input()
    {
        var population = CliHarness.Run("population", "--size", "400", "--seed", "13").Stdout;
        return population
            + CaseJson.Valid("quoted, \\\"comma\\\"\\nline", "Bryansk") + "\n"   // caseId «quoted, "comma"⏎line»: CSV must quote it
            + "{\"caseId\":\"bad\",\"region\":\"Kursk\",\"nickname\":1}\n"
            + "not json\n"
            + "\n";
    }

    private static (TempFolder Temp, string Input, JsonElement[] Decisions) Batch()
    {
        var temp = new TempFolder();
        var input = temp.Write("cases.jsonl", Input());
        var json = temp.File("decisions.jsonl");
        Assert.Equal(0, CliHarness.Run("batch", input, "-o", json).ExitCode);
        var decisions = File.ReadAllLines(json).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToArray();
        Assert.Equal(404, decisions.Length);
        return (temp, input, decisions);
    }

    [Fact]
    public void Csv_has_the_documented_header_and_one_row_per_line_equal_to_its_decision()
    {
        var (temp, input, decisions) = Batch();
        using var _ = temp;
        var csv = temp.File("decisions.csv");

        var run = CliHarness.Run("batch", input, "-o", csv, "--format", "csv");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Join(',', DecisionRow.Columns), File.ReadLines(csv).First());
        Assert.Equal(
            "caseId,region,asOf,age,sex,contractMonths,phase,enlistmentOutcome,enlistmentReason,monthlyPayStatus,monthlyPayAmountRub,monthlyPayReason,"
            + "oneTimePaymentStatus,oneTimePaymentAmountRub,oneTimePaymentReason,injuryCompensationStatus,injuryCompensationAmountRub,injuryCompensationReason,"
            + "combatVeteranStatusStatus,combatVeteranStatusAmountRub,combatVeteranStatusReason,familyPrivilegesStatus,familyPrivilegesAmountRub,familyPrivilegesReason,"
            + "retainPublicPositionStatus,retainPublicPositionAmountRub,retainPublicPositionReason,repayOneTimePaymentStatus,repayOneTimePaymentAmountRub,repayOneTimePaymentReason,"
            + "trainingEndsOn,errorCount,firstError,"

            // The time model's days (I6–I10), after every column that came before them.
            + "enlistmentJudgedOn,monthlyPayFrom,monthlyPayTo,oneTimePaymentFrom,oneTimePaymentTo,injuryCompensationFrom,injuryCompensationTo,"
            + "combatVeteranStatusFrom,combatVeteranStatusTo,familyPrivilegesFrom,familyPrivilegesTo,retainPublicPositionFrom,retainPublicPositionTo,"
            + "repayOneTimePaymentFrom,phaseFrom,phaseTo,"

            // The case's cost (the numbers compare sums), after the days.
            + "monthsInForce,monthlyPayCostRub,monthlyPayCostReason,oneTimePaymentCostRub,oneTimePaymentCostReason,"
            + "injuryCompensationCostRub,injuryCompensationCostReason,repayOneTimePaymentCostRub,repayOneTimePaymentCostReason,costRub",
            string.Join(',', DecisionRow.Columns));

        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(csv);
        var i = 0;
        var filled = new HashSet<string>();
        foreach (var row in reader)
        {
            var cells = new string[DecisionRow.Columns.Length];
            for (var c = 0; c < cells.Length; c++) cells[c] = row[DecisionRow.Columns[c]].ToString();
            AssertRowIs(decisions[i], i + 1, name => cells[Array.IndexOf(DecisionRow.Columns, name)] is { Length: > 0 } s ? s : null);
            filled.UnionWith(DecisionRow.Columns.Where((_, c) => cells[c].Length > 0));
            i++;
        }

        Assert.Equal(decisions.Length, i);

        // The population reaches the days that matter, so the rows above compared them, not only empty cells.
        Assert.Subset(filled, new HashSet<string> { "enlistmentJudgedOn", "monthlyPayFrom", "monthlyPayTo", "injuryCompensationFrom", "combatVeteranStatusFrom", "repayOneTimePaymentFrom", "phaseFrom", "phaseTo" });
        Assert.Contains("\"quoted, \"\"comma\"\"\nline\"", File.ReadAllText(csv), StringComparison.Ordinal);   // RFC 4180: quoted, quotes doubled
    }

    [Fact]
    public async Task Parquet_is_typed_in_row_groups_and_every_row_read_back_equals_its_decision()
    {
        var (temp, input, decisions) = Batch();
        using var _ = temp;
        var parquet = temp.File("decisions.parquet");

        var run = CliHarness.Run("batch", input, "-o", parquet, "--format", "parquet");

        Assert.Equal(0, run.ExitCode);
        await using var file = File.OpenRead(parquet);
        await using var reader = await ParquetReader.CreateAsync(file, new ParquetOptions { UseDateOnlyTypeForDates = true });
        var fields = reader.Schema.DataFields;
        Assert.Equal(DecisionRow.Columns, fields.Select(f => f.Name));
        Assert.IsType<DecimalDataField>(fields.Single(f => f.Name == "monthlyPayAmountRub"));
        Assert.Equal(typeof(DateOnly), fields.Single(f => f.Name == "asOf").ClrType);
        Assert.Equal(typeof(int), fields.Single(f => f.Name == "age").ClrType);
        Assert.All(DecisionRow.DayColumns, name => Assert.Equal(typeof(DateOnly), fields.Single(f => f.Name == name).ClrType));

        var rows = 0;
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var n = (int)group.RowCount;
            var columns = new Dictionary<string, object?[]>();
            foreach (var f in fields) columns[f.Name] = await ReadColumn(group, f, n);
            for (var r = 0; r < n; r++)
            {
                var k = r;
                AssertRowIs(decisions[rows], rows + 1, name => columns[name][k] switch
                {
                    null => null,
                    DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    decimal m => m.ToString("0.############", CultureInfo.InvariantCulture),   // DECIMAL(18,2) reads back as 3000000.00
                    int i => i.ToString(CultureInfo.InvariantCulture),
                    var other => other.ToString(),
                });
                rows++;
            }
        }

        Assert.Equal(decisions.Length, rows);
    }

    [Fact]
    public async Task Parquet_of_more_rows_than_a_row_group_holds_writes_several_groups()
    {
        using var temp = new TempFolder();
        var population = CliHarness.Run("population", "--size", (ParquetDecisionWriter.RowGroupRows + 10).ToString(CultureInfo.InvariantCulture), "--seed", "2").Stdout;
        var input = temp.Write("cases.jsonl", population);
        var parquet = temp.File("decisions.parquet");

        Assert.Equal(0, CliHarness.Run("batch", input, "-o", parquet, "--format", "parquet").ExitCode);

        await using var file = File.OpenRead(parquet);
        await using var reader = await ParquetReader.CreateAsync(file);
        Assert.Equal(2, reader.RowGroupCount);
        Assert.Equal(ParquetDecisionWriter.RowGroupRows + 10, Enumerable.Range(0, 2).Sum(g => reader.OpenRowGroupReader(g).RowCount));
    }

    [Theory]
    [InlineData("ids")]
    [InlineData("none")]
    public void Findings_ids_and_none_cut_the_findings_of_every_answer_and_keep_every_line(string level)
    {
        var (temp, input, decisions) = Batch();
        using var _ = temp;
        var output = temp.File("short.jsonl");

        Assert.Equal(0, CliHarness.Run("batch", input, "-o", output, "--findings", level).ExitCode);

        var lines = File.ReadAllLines(output);
        Assert.Equal(decisions.Length, lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            using var d = JsonDocument.Parse(lines[i]);
            Assert.Equal(decisions[i].GetProperty("caseId").ToString(), d.RootElement.GetProperty("caseId").ToString());
            Assert.Equal(decisions[i].GetProperty("errors").ToString(), d.RootElement.GetProperty("errors").ToString());
            Assert.DoesNotContain("\"quote\"", lines[i], StringComparison.Ordinal);
            if (level == "none") Assert.DoesNotContain("\"findings\"", lines[i], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Findings_full_through_the_writer_is_the_default_output_byte_for_byte()
    {
        var (temp, input, _) = Batch();
        using var __ = temp;
        var output = temp.File("with-summary.jsonl");

        Assert.Equal(0, CliHarness.Run("batch", input, "-o", output, "--findings", "full", "--summary", temp.File("s.json")).ExitCode);

        Assert.Equal(File.ReadAllBytes(temp.File("decisions.jsonl")), File.ReadAllBytes(output));
    }

    [Fact]
    public void The_summary_counts_every_line_by_region_and_outcome_and_by_status()
    {
        var (temp, input, decisions) = Batch();
        using var _ = temp;
        var json = temp.File("summary.json");
        var md = temp.File("summary.md");

        Assert.Equal(0, CliHarness.Run("batch", input, "-o", temp.File("out.csv"), "--format", "csv", "--summary", json).ExitCode);
        Assert.Equal(0, CliHarness.Run("batch", input, "-o", temp.File("out2.jsonl"), "--summary", md).ExitCode);

        using var summary = JsonDocument.Parse(File.ReadAllText(json));
        var root = summary.RootElement;
        Assert.Equal(decisions.Length, root.GetProperty("cases").GetInt32());
        var invalid = decisions.Count(d => d.GetProperty("errors").GetArrayLength() > 0);
        Assert.Equal(invalid, root.GetProperty("invalid").GetInt32());
        foreach (var region in root.GetProperty("byRegion").EnumerateArray())
        {
            var name = region.GetProperty("region").GetString();
            var of = decisions.Where(d => (d.GetProperty("region").GetString() ?? BatchSummary.UnknownRegion) == name).ToArray();
            Assert.Equal(of.Length, region.GetProperty("cases").GetInt32());
            foreach (var outcome in new[] { "Eligible", "Ineligible", "Undetermined" })
            {
                var expected = of.Count(d => d.GetProperty("enlistment").ValueKind == JsonValueKind.Object && d.GetProperty("enlistment").GetProperty("outcome").GetString() == outcome);
                Assert.Equal(expected, region.GetProperty(char.ToLowerInvariant(outcome[0]) + outcome[1..]).GetInt32());
            }
        }

        var entitled = decisions.Count(d => d.GetProperty("errors").GetArrayLength() == 0 && d.GetProperty("entitlements")[0].GetProperty("status").GetString() == "Entitled");
        Assert.Contains(root.GetProperty("byStatus").EnumerateArray(), s => s.GetProperty("kind").GetString() == "MonthlyPay" && s.GetProperty("status").GetString() == "Entitled" && s.GetProperty("cases").GetInt32() == entitled);
        var markdown = File.ReadAllText(md);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"| **All** | {decisions.Length:N0} |"), markdown, StringComparison.Ordinal);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"| MonthlyPay | Entitled | {entitled:N0} |"), markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--format", "parquet")]                                    // to standard output
    [InlineData("--format", "csv", "--findings", "ids")]
    [InlineData("--format", "csv", "-o", "out.csv", "--resume")]
    [InlineData("--summary", "summary.txt")]
    public void Outputs_that_cannot_be_are_refused_with_a_reason_and_exit_1(params string[] args)
    {
        using var temp = new TempFolder();
        var input = temp.Write("cases.jsonl", CaseJson.Valid("c-1", "Bryansk") + "\n");
        var run = CliHarness.Run(["batch", input, .. args.Select(a => a.Contains('.') ? temp.File(a) : a)]);
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("bars-policy: ", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(CliHarness.StackTraceMarker, run.Stderr, StringComparison.Ordinal);
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public async Task An_empty_input_gives_a_csv_with_its_header_and_a_parquet_with_its_schema()
    {
        using var temp = new TempFolder();
        var input = temp.Write("cases.jsonl", "");
        var (csv, parquet) = (temp.File("e.csv"), temp.File("e.parquet"));

        Assert.Equal(0, CliHarness.Run("batch", input, "-o", csv, "--format", "csv").ExitCode);
        Assert.Equal(0, CliHarness.Run("batch", input, "-o", parquet, "--format", "parquet").ExitCode);

        Assert.Equal([string.Join(',', DecisionRow.Columns)], File.ReadAllLines(csv));
        await using var file = File.OpenRead(parquet);
        await using var reader = await ParquetReader.CreateAsync(file);
        Assert.Equal(DecisionRow.Columns, reader.Schema.DataFields.Select(f => f.Name));
    }

    // Each cell of a row against the JSON decision of the same input line.
    private static void AssertRowIs(JsonElement d, int line, Func<string, string?> cell)
    {
        Assert.Equal(Text(d.GetProperty("caseId")), cell("caseId"));
        Assert.Equal(Text(d.GetProperty("region")), cell("region"));
        Assert.Equal(Text(d.GetProperty("asOf")), cell("asOf"));
        var errors = d.GetProperty("errors");
        Assert.Equal(errors.GetArrayLength().ToString(CultureInfo.InvariantCulture), cell("errorCount"));
        if (errors.GetArrayLength() > 0)
        {
            Assert.Equal($"{errors[0].GetProperty("path").GetString()} {errors[0].GetProperty("message").GetString()}", cell("firstError"));
            Assert.Contains($"line {line}", cell("firstError"), StringComparison.Ordinal);
            Assert.Null(cell("enlistmentOutcome"));
            Assert.Null(cell("age"));
            Assert.All(DecisionRow.DayColumns, name => Assert.Null(cell(name)));
            Assert.All(CostCells.Columns, name => Assert.Null(cell(name)));
            return;
        }

        Assert.Null(cell("firstError"));
        Assert.NotNull(cell("age"));
        Assert.NotNull(cell("sex"));
        Assert.Equal(Text(d.GetProperty("enlistment").GetProperty("outcome")), cell("enlistmentOutcome"));
        Assert.Equal(Text(d.GetProperty("enlistment").GetProperty("undeterminedReason")), cell("enlistmentReason"));
        Assert.Equal(Text(d.GetProperty("service").GetProperty("phase")), cell("phase"));
        Assert.Equal(Text(d.GetProperty("service").GetProperty("trainingEndsOn")), cell("trainingEndsOn"));
        Assert.Equal(Text(d.GetProperty("enlistment").GetProperty("judgedOn")), cell("enlistmentJudgedOn"));
        Assert.NotNull(cell("enlistmentJudgedOn"));
        Assert.Equal(Text(d.GetProperty("service").GetProperty("from")), cell("phaseFrom"));
        Assert.Equal(Text(d.GetProperty("service").GetProperty("to")), cell("phaseTo"));
        foreach (var o in d.GetProperty("entitlements").EnumerateArray().Concat(d.GetProperty("obligations").EnumerateArray()))
        {
            var kind = o.GetProperty("kind").GetString()!;
            var prefix = char.ToLowerInvariant(kind[0]) + kind[1..];
            Assert.Equal(Text(o.GetProperty("status")), cell(prefix + "Status"));
            Assert.Equal(o.GetProperty("amountRub") is { ValueKind: JsonValueKind.Number } a ? a.GetDecimal().ToString(CultureInfo.InvariantCulture) : null, cell(prefix + "AmountRub"));
            Assert.Equal(Text(o.GetProperty("undeterminedReason")), cell(prefix + "Reason"));
            Assert.Equal(Text(o.GetProperty("from")), cell(prefix + "From"));
            if (o.TryGetProperty("to", out var to)) Assert.Equal(Text(to), cell(prefix + "To"));
        }
    }

    private static string? Text(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.ToString();

    internal static async Task<object?[]> ReadColumn(ParquetRowGroupReader group, DataField f, int n)
    {
        if (f.ClrType == typeof(string) || f.ClrType == typeof(ReadOnlyMemory<char>))
        {
            var s = new string?[n];
            await group.ReadAsync(f, s.AsMemory(), null, default);
            return s.Cast<object?>().ToArray();
        }

        return f.ClrType switch
        {
            var t when t == typeof(decimal) => await Nullable<decimal>(group, f, n),
            var t when t == typeof(DateOnly) => await Nullable<DateOnly>(group, f, n),
            var t when t == typeof(double) => await Nullable<double>(group, f, n),
            var t when t == typeof(int) && f.IsNullable => await Nullable<int>(group, f, n),
            _ => (await Plain(group, f, n)).Cast<object?>().ToArray(),
        };
    }

    private static async Task<object?[]> Nullable<T>(ParquetRowGroupReader group, DataField f, int n)
        where T : struct
    {
        var values = new T?[n];
        await group.ReadAsync<T>(f, values.AsMemory(), null, default);
        return values.Select(v => v is { } x ? (object)x : null).ToArray();
    }

    private static async Task<int[]> Plain(ParquetRowGroupReader group, DataField f, int n)
    {
        var values = new int[n];
        await group.ReadAsync<int>(f, values.AsMemory(), null, default);
        return values;
    }
}
