using System.Text.Json;
using System.Text.RegularExpressions;
using Bars.Policy.Tests.Cli;
using nietras.SeparatedValues;
using Parquet;

namespace Bars.Policy.Tests.Outputs;

/// <summary>
/// Issue 25, finding 12: caseIds such as <c>=HYPERLINK("http://evil/","x")</c> were written as-is to CSV, where a
/// spreadsheet runs them. A text cell starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage
/// return now gets a single quote before it, in <c>batch --format csv</c> and in <c>compare</c>'s changes CSV; JSON
/// Lines and Parquet keep the value as it is.
/// </summary>
public sealed partial class CsvInjectionTests
{
    private static readonly string[] Dangerous = ["=HYPERLINK(\"http://evil/\",\"x\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "plain-1"];

    [Fact]
    public async Task Batch_csv_quotes_a_cell_a_spreadsheet_would_run_and_json_lines_and_parquet_keep_it()
    {
        using var temp = new TempFolder();
        var input = temp.Write("cases.jsonl", string.Concat(Dangerous.Select(id => CaseJson.Valid(JsonEncodedText.Encode(id).ToString(), "Kursk") + "\n")));
        var (csv, jsonl, parquet) = (temp.File("d.csv"), temp.File("d.jsonl"), temp.File("d.parquet"));

        Assert.Equal(0, CliHarness.Run("batch", input, "-o", csv, "--format", "csv").ExitCode);
        Assert.Equal(0, CliHarness.Run("batch", input, "-o", jsonl).ExitCode);
        Assert.Equal(0, CliHarness.Run("batch", input, "-o", parquet, "--format", "parquet").ExitCode);

        using (var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(csv))
        {
            var ids = reader.Enumerate(row => row["caseId"].ToString()).ToArray();
            Assert.Equal(Dangerous.Select(id => id == "plain-1" ? id : "'" + id), ids);
            Assert.All(ids, id => Assert.DoesNotMatch("^[=+\\-@\t\r]", id));
        }

        Assert.Equal(Dangerous, File.ReadAllLines(jsonl).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("caseId").GetString()));
        await using var file = File.OpenRead(parquet);
        await using var parquetReader = await ParquetReader.CreateAsync(file);
        using var group = parquetReader.OpenRowGroupReader(0);
        var fromParquet = new string?[Dangerous.Length];
        await group.ReadAsync(parquetReader.Schema.DataFields[0], fromParquet.AsMemory(), null, default);
        Assert.Equal(Dangerous, fromParquet);
    }

    [Fact]
    public void Compare_changes_csv_quotes_such_a_case_id_and_keeps_its_numbers_numbers()
    {
        using var temp = new TempFolder();
        var population = CliHarness.Run("population", "--size", "300", "--seed", "4").Stdout;
        var cases = temp.Write("cases.jsonl", CaseIdPattern().Replace(population, m => "\"caseId\":\"=1+" + m.Groups[1].Value + "\""));
        var csv = temp.File("changes.csv");

        var run = CliHarness.Run("compare", "--reform", CliHarness.SamplePath("reform.json"), cases, "--changes", csv, "--format", "csv");

        Assert.True(run.ExitCode == 0, run.Stderr);
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(csv);
        var rows = reader.Enumerate(row => (Id: row["caseId"].ToString(), Change: row["measuredChangeRub"].ToString())).ToArray();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.StartsWith("'=1+", r.Id, StringComparison.Ordinal));
        Assert.All(rows, r => Assert.DoesNotMatch("^'", r.Change)); // a negative change is a number, not text
    }

    [GeneratedRegex("\"caseId\":\"([^\"]*)\"")]
    private static partial Regex CaseIdPattern();
}
