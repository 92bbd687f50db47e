using System.Globalization;
using System.Text.Json;
using Bars.Policy.Tests.Cli;
using nietras.SeparatedValues;

namespace Bars.Policy.Tests.Outputs;

/// <summary>
/// Issue 23, real populations: <c>--pass-through</c> and <c>--weight</c> on <c>batch</c> and <c>compare</c>. The
/// population's own columns come back in every output, as written; weights weigh the summaries.
/// </summary>
public sealed class PassThroughOutputTests
{
    private static readonly string Reform = CliHarness.SamplePath("reform.json");

    // Three people with the columns a survey file has: an id a spreadsheet would run as a formula, a stratum that is
    // an object, a weight; the last has no stratum.
    private static readonly string[] Lines =
    [
        """{"id":"=HYPERLINK(1)","stratum":{"zone":"north","n":[1,2]},"w":1.5,""" + CaseJson.Valid("a", "Bryansk")[1..],
        """{"w":2,"id":"b, \"quoted\"","stratum":"south",""" + CaseJson.Valid("b", "Kursk")[1..],
        """{"id":"c","w":0.25,""" + CaseJson.Valid("c", "Belgorod", sex: "Female")[1..],
    ];

    private static string Input(TempFolder temp) => temp.Write("people.jsonl", string.Join('\n', Lines) + "\n");

    [Fact]
    public void Json_lines_carry_each_column_as_the_input_wrote_it_after_the_decision()
    {
        using var temp = new TempFolder();
        var run = CliHarness.Run("batch", Input(temp), "--pass-through", "id,stratum", "--weight", "w");

        Assert.True(run.ExitCode == 0, run.Stderr);
        var rows = run.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(["=HYPERLINK(1)", "b, \"quoted\"", "c"], rows.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal("""{"zone":"north","n":[1,2]}""", rows[0].GetProperty("stratum").GetRawText());
        Assert.Equal(JsonValueKind.Null, rows[2].GetProperty("stratum").ValueKind);     // every line has every column
        Assert.Equal([1.5, 2, 0.25], rows.Select(r => r.GetProperty("w").GetDouble()));
        Assert.Equal(["id", "stratum", "w"], rows[0].EnumerateObject().Select(p => p.Name).TakeLast(3));
        Assert.All(rows, r => Assert.Empty(r.GetProperty("errors").EnumerateArray()));

        // The decision itself is the case's alone: the same bytes as the case without the columns.
        var plain = CliHarness.RunWithStdin(CaseJson.Valid("a", "Bryansk") + "\n", "batch", "-");
        Assert.Equal(plain.StdoutLines[0][..^1], run.StdoutLines[0][..(plain.StdoutLines[0].Length - 1)]);
    }

    [Fact]
    public void A_csv_output_ends_with_the_columns_as_text_safe_for_a_spreadsheet()
    {
        using var temp = new TempFolder();
        var csv = temp.File("out.csv");
        var run = CliHarness.Run("batch", Input(temp), "--pass-through", "id,stratum", "--weight", "w", "--format", "csv", "-o", csv);

        Assert.True(run.ExitCode == 0, run.Stderr);
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(csv);
        Assert.Equal(["id", "stratum", "w"], reader.Header.ColNames.TakeLast(3));
        var rows = reader.Enumerate(r => (Id: r["id"].ToString(), Stratum: r["stratum"].ToString(), W: r["w"].ToString(), Case: r["caseId"].ToString())).ToArray();
        Assert.Equal(
            [("'=HYPERLINK(1)", """{"zone":"north","n":[1,2]}""", "1.5", "a"), ("b, \"quoted\"", "south", "2", "b"), ("c", "", "0.25", "c")],
            rows);
    }

    [Fact]
    public async Task A_parquet_output_holds_the_columns_as_strings_and_the_weight_as_a_double()
    {
        using var temp = new TempFolder();
        var parquet = temp.File("out.parquet");
        var run = CliHarness.Run("batch", Input(temp), "--pass-through", "id,stratum", "--weight", "w", "--format", "parquet", "-o", parquet);

        Assert.True(run.ExitCode == 0, run.Stderr);
        var rows = await CompareDatasetTests.ReadParquet(parquet);
        Assert.Equal(["=HYPERLINK(1)", "b, \"quoted\"", "c"], rows.Select(r => r["id"]));
        Assert.Equal(["""{"zone":"north","n":[1,2]}""", "south", null], rows.Select(r => r["stratum"]));
        Assert.Equal([1.5, 2.0, 0.25], rows.Select(r => r["w"]));
    }

    [Fact]
    public async Task A_weight_that_is_not_a_number_leaves_its_parquet_cell_empty_and_its_row_with_the_error()
    {
        using var temp = new TempFolder();
        var (parquet, dataset) = (temp.File("out.parquet"), temp.File("d.parquet"));
        var input = temp.Write("p.jsonl", "{\"w\":\"2\"," + CaseJson.Valid("a", "Kursk")[1..] + "\n{\"w\":1," + CaseJson.Valid("b", "Kursk")[1..] + "\n");

        var batch = CliHarness.Run("batch", input, "--weight", "w", "--format", "parquet", "-o", parquet);
        var compare = CliHarness.Run("compare", "--reform", Reform, input, "--weight", "w", "--dataset", dataset);

        Assert.True(batch.ExitCode == 0, batch.Stderr);
        Assert.True(compare.ExitCode == 0, compare.Stderr);
        var rows = await CompareDatasetTests.ReadParquet(parquet);
        Assert.Equal([null, 1.0], rows.Select(r => r["w"]));
        Assert.StartsWith("w is the case's weight: it must be a number", (string?)rows[0]["firstError"], StringComparison.Ordinal);
        Assert.Equal([null, 1.0], (await CompareDatasetTests.ReadParquet(dataset)).Select(r => r["w"]));
    }

    [Fact]
    public async Task Compare_writes_the_columns_to_its_changes_and_its_dataset_in_every_format()
    {
        using var temp = new TempFolder();
        var input = Input(temp);
        var (changesJson, changesCsv, datasetCsv, datasetParquet) = (temp.File("c.jsonl"), temp.File("c.csv"), temp.File("d.csv"), temp.File("d.parquet"));

        var report = temp.File("r.html");
        var json = CliHarness.Run("compare", "--reform", Reform, input, "--pass-through", "id,stratum", "--weight", "w", "--changes", changesJson, "--dataset", datasetParquet, "--summary-format", "json", "--report", report);
        var csv = CliHarness.Run("compare", "--reform", Reform, input, "--pass-through", "id,stratum", "--weight", "w", "--changes", changesCsv, "--format", "csv", "--dataset", datasetCsv);

        Assert.True(json.ExitCode == 0, json.Stderr);
        Assert.True(csv.ExitCode == 0, csv.Stderr);
        var changed = File.ReadAllLines(changesJson).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.NotEmpty(changed);
        var ids = new Dictionary<string, (string Id, string W)> { ["a"] = ("=HYPERLINK(1)", "1.5"), ["b"] = ("b, \"quoted\"", "2"), ["c"] = ("c", "0.25") };
        Assert.All(changed, c => Assert.Equal(ids[c.GetProperty("caseId").GetString()!], (c.GetProperty("id").GetString()!, c.GetProperty("w").GetRawText())));

        using (var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(changesCsv))
        {
            var rows = reader.Enumerate(r => (Case: r["caseId"].ToString(), Id: r["id"].ToString(), W: r["w"].ToString())).ToArray();
            Assert.Equal(changed.Length, rows.Length);
            Assert.All(rows, r => Assert.Equal((ids[r.Case].Id.StartsWith('=') ? "'" + ids[r.Case].Id : ids[r.Case].Id, ids[r.Case].W), (r.Id, r.W)));
        }

        using (var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(datasetCsv))
        {
            Assert.Equal(["a", "b", "c"], reader.Enumerate(r => r["caseId"].ToString()).ToArray());
        }

        // The report shows the weighted totals beside the counts: 1.5 + 2 + 0.25 people.
        var summary = JsonDocument.Parse(json.Stdout).RootElement.GetProperty("weighted");
        Assert.Equal(3.75m, summary.GetProperty("cases").GetDecimal());
        var html = File.ReadAllText(report);
        var weightedTable = html[html.IndexOf("<table id=\"weighted\">", StringComparison.Ordinal)..];
        Assert.Contains("<td><strong>All</strong></td><td class=\"n\">3.75</td>", weightedTable[..weightedTable.IndexOf("</table>", StringComparison.Ordinal)], StringComparison.Ordinal);

        var dataset = await CompareDatasetTests.ReadParquet(datasetParquet);
        Assert.Equal(["=HYPERLINK(1)", "b, \"quoted\"", "c"], dataset.Select(r => r["id"]));
        Assert.Equal([1.5, 2.0, 0.25], dataset.Select(r => r["w"]));
    }

    [Fact]
    public void Weights_that_double_a_region_double_its_weighted_counts_and_roubles_in_the_batch_summary()
    {
        using var temp = new TempFolder();
        var population = CliHarness.Run("population", "--size", "600", "--seed", "5", "--profile", "plausible").StdoutLines;
        var weighted = population.Select(l => (l.Contains("\"region\":\"Bryansk\"", StringComparison.Ordinal) ? "{\"w\":2," : "{\"w\":1,") + l[1..]);
        var input = temp.Write("p.jsonl", string.Join('\n', weighted) + "\n");
        var summary = temp.File("s.json");

        var run = CliHarness.Run("batch", input, "-o", temp.File("o.jsonl"), "--weight", "w", "--summary", summary);

        Assert.True(run.ExitCode == 0, run.Stderr);
        var s = JsonDocument.Parse(File.ReadAllText(summary)).RootElement;
        foreach (var region in s.GetProperty("byRegion").EnumerateArray())
        {
            var factor = region.GetProperty("region").GetString() == "Bryansk" ? 2m : 1m;
            Assert.Equal(factor * region.GetProperty("cases").GetDecimal(), region.GetProperty("weightedCases").GetDecimal());
            Assert.Equal(factor * region.GetProperty("eligible").GetDecimal(), region.GetProperty("weightedEligible").GetDecimal());
        }

        var costs = s.GetProperty("costByRegion").EnumerateArray().ToArray();
        Assert.Contains(costs, c => c.GetProperty("region").GetString() == "Bryansk" && c.GetProperty("determinedRub").GetDecimal() != 0);
        foreach (var c in costs)
        {
            var factor = c.GetProperty("region").GetString() == "Bryansk" ? 2m : 1m;
            Assert.Equal(factor * c.GetProperty("determinedRub").GetDecimal(), c.GetProperty("weightedDeterminedRub").GetDecimal());
            Assert.Equal(factor * c.GetProperty("undeterminedCases").GetDecimal(), c.GetProperty("weightedUndeterminedCases").GetDecimal());
        }

        // The total part sums the other parts wherever every part is determined: checked on the rows themselves.
        Assert.Equal(s.GetProperty("cases").GetDecimal() + population.Count(l => l.Contains("\"region\":\"Bryansk\"", StringComparison.Ordinal)), s.GetProperty("weightedCases").GetDecimal());
    }

    [Fact]
    public void The_batch_summary_costs_are_the_sums_of_the_cost_columns()
    {
        using var temp = new TempFolder();
        var input = temp.Write("p.jsonl", CliHarness.Run("population", "--size", "400", "--seed", "8", "--profile", "plausible").Stdout);
        var (csv, summary) = (temp.File("o.csv"), temp.File("s.json"));

        var run = CliHarness.Run("batch", input, "-o", csv, "--format", "csv", "--summary", summary);

        Assert.True(run.ExitCode == 0, run.Stderr);
        var sums = new Dictionary<(string, string), (decimal Rub, long Undetermined, long Cases)>();
        using (var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(csv))
        {
            foreach (var row in reader)
            {
                if (row["monthsInForce"].ToString().Length == 0) continue; // no contract: no cost
                foreach (var part in new[] { "monthlyPay", "oneTimePayment", "injuryCompensation", "repayOneTimePayment", "total" })
                {
                    var cell = row[part == "total" ? "costRub" : part + "CostRub"].ToString();
                    var key = (row["region"].ToString(), part);
                    var (rub, undetermined, cases) = sums.GetValueOrDefault(key);
                    sums[key] = cell.Length == 0 ? (rub, undetermined + 1, cases + 1) : (rub + decimal.Parse(cell, CultureInfo.InvariantCulture), undetermined, cases + 1);
                }
            }
        }

        var costs = JsonDocument.Parse(File.ReadAllText(summary)).RootElement.GetProperty("costByRegion").EnumerateArray()
            .ToDictionary(c => (c.GetProperty("region").GetString()!, c.GetProperty("part").GetString()!), c => (c.GetProperty("determinedRub").GetDecimal(), c.GetProperty("undeterminedCases").GetInt64(), c.GetProperty("casesWithContract").GetInt64()));
        Assert.Equal(sums.OrderBy(p => p.Key), costs.OrderBy(p => p.Key));
    }

    [Theory]
    [InlineData("jsonl", "region", "--pass-through: 'region' is a field of the case: it cannot be passed through or be the weight.")]
    [InlineData("csv", "age", "--pass-through: 'age' is already a column of the output; rename it in the input to pass it through.")]
    [InlineData("jsonl", "errors", "--pass-through: 'errors' is already a column of the output; rename it in the input to pass it through.")]
    [InlineData("jsonl", "id,id", "--pass-through: A pass-through field is named twice.")]
    public void A_column_the_case_or_the_output_already_has_is_refused_before_any_work(string format, string names, string expected)
    {
        using var temp = new TempFolder();
        var output = temp.File("o." + format);
        var run = CliHarness.Run("batch", Input(temp), "--pass-through", names, "--format", format, "-o", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"bars-policy: {expected}", run.Stderr.Trim());
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void A_column_the_table_has_is_free_in_json_lines()
    {
        var line = "{\"age\":33," + CaseJson.Valid("a", "Kursk")[1..];

        var run = CliHarness.RunWithStdin(line + "\n", "batch", "-", "--pass-through", "age");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal(33, JsonDocument.Parse(run.StdoutLines[0]).RootElement.GetProperty("age").GetInt32());
    }

    [Fact]
    public void Without_pass_through_a_population_column_makes_every_row_invalid_and_the_run_fail_with_region_and_date_echoed()
    {
        using var temp = new TempFolder();
        var run = CliHarness.Run("batch", Input(temp));

        Assert.Equal(2, run.ExitCode);
        var first = JsonDocument.Parse(run.StdoutLines[0]).RootElement;
        Assert.Equal(("Bryansk", "2024-10-01"), (first.GetProperty("region").GetString(), first.GetProperty("asOf").GetString()));
        Assert.Contains("--pass-through", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_weight_is_an_error_of_its_line_not_a_weight_of_1()
    {
        var run = CliHarness.RunWithStdin(CaseJson.Valid("a", "Kursk") + "\n", "batch", "-", "--weight", "w", "--findings", "none");

        Assert.Equal(2, run.ExitCode);
        var d = JsonDocument.Parse(run.StdoutLines[0]).RootElement;
        Assert.Equal("w", d.GetProperty("errors")[0].GetProperty("path").GetString());
        Assert.Equal(JsonValueKind.Null, d.GetProperty("w").ValueKind);
    }

    [Fact]
    public void A_population_with_a_weight_column_has_the_same_cases_and_made_up_weights_batch_reads()
    {
        using var temp = new TempFolder();
        var plain = CliHarness.Run("population", "--size", "300", "--seed", "4").StdoutLines;
        var weighted = CliHarness.Run("population", "--size", "300", "--seed", "4", "--weight-column", "weight").StdoutLines;

        Assert.Equal(plain.Length, weighted.Length);
        for (var i = 0; i < plain.Length; i++)
        {
            var w = JsonDocument.Parse(weighted[i]).RootElement.GetProperty("weight").GetDecimal();
            Assert.InRange(w, 0.50m, 3.00m);
            Assert.Equal(plain[i][1..], weighted[i][(weighted[i].IndexOf(',', StringComparison.Ordinal) + 1)..]);
        }

        Assert.True(weighted.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("weight").GetDecimal()).Distinct().Count() > 50);
        var run = CliHarness.Run("batch", temp.Write("w.jsonl", string.Join('\n', weighted) + "\n"), "-o", temp.File("o.jsonl"), "--weight", "weight");
        Assert.True(run.ExitCode == 0, run.Stderr);
    }

    [Fact]
    public void A_weight_column_named_as_a_field_of_the_case_is_refused()
    {
        var run = CliHarness.Run("population", "--size", "1", "--weight-column", "region");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("bars-policy: --weight-column: 'region' is a field of the case: it cannot be passed through or be the weight.", run.Stderr.Trim());
        Assert.Empty(run.Stdout);
    }
}
