using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Bars.Policy.Cli;
using Bars.Policy.Cli.Output;
using Bars.Policy.Tests.Cli;
using nietras.SeparatedValues;
using Parquet;
using Parquet.Schema;

namespace Bars.Policy.Tests.Outputs;

/// <summary>
/// Issue 23: <c>batch --reform</c> (the decisions under a reform, in every format), the per-case cost columns of the
/// tables (the numbers compare sums), and the provenance of every batch output (summary, Parquet metadata, CSV sidecar).
/// </summary>
public sealed class BatchReformAndCostTests
{
    private static readonly string Reform = CliHarness.SamplePath("reform.json");

    private static readonly string[] Parts = ["monthlyPay", "oneTimePayment", "injuryCompensation", "repayOneTimePayment"];

    [Fact]
    public void Batch_under_a_reform_answers_each_case_as_evaluate_under_that_reform_does()
    {
        using var temp = new TempFolder();
        string[] cases = [CaseJson.Valid("k-1", "Kursk"), CaseJson.Valid("b-1", "Bryansk"), CaseJson.Valid("x-1", "Belgorod")];
        var input = temp.Write("cases.jsonl", string.Join("\n", cases) + "\n");
        var (reformed, shipped) = (temp.File("reformed.jsonl"), temp.File("shipped.jsonl"));

        var run = CliHarness.Run("batch", input, "-o", reformed, "--reform", Reform);

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal(0, CliHarness.Run("batch", input, "-o", shipped).ExitCode);
        var (after, before) = (File.ReadAllLines(reformed), File.ReadAllLines(shipped));
        for (var i = 0; i < cases.Length; i++)
        {
            var one = temp.Write($"case{i}.json", cases[i]);
            Assert.Equal(CliHarness.Run("evaluate", one, "--reform", Reform, "--compact").Stdout.TrimEnd('\n'), after[i]);
            Assert.Equal(CliHarness.Run("evaluate", one, "--compact").Stdout.TrimEnd('\n'), before[i]);
        }

        Assert.NotEqual(before[0], after[0]);   // Kursk's rate, stated by the reform only
        Assert.NotEqual(before[1], after[1]);   // Bryansk's rate raised
        Assert.Equal(Outcomes(before[2]), Outcomes(after[2]));   // Belgorod untouched (but for the policy's fingerprint)
        Assert.NotEqual(Outcomes(before[0]), Outcomes(after[0]));
    }

    // A hand-checked case: Bryansk, a 12-month contract from 2024-09-01 (CaseJson.Valid); 40,000 a month shipped (C9),
    // 60,000 under the sample reform from 2024-01-01; Kursk states no rate (Undetermined, SourceSilent) but the reform's 50,000.
    [Fact]
    public void The_cost_columns_of_a_hand_checked_case_under_both_policies_in_csv_and_parquet()
    {
        using var temp = new TempFolder();
        var input = temp.Write("cases.jsonl", CaseJson.Valid("b-1", "Bryansk") + "\n" + CaseJson.Valid("k-1", "Kursk") + "\n" + CaseJson.Valid("n-1", "Bryansk", withContract: false) + "\n");

        var shipped = Csv(temp, input, "shipped.csv");
        var reformed = Csv(temp, input, "reformed.csv", "--reform", Reform);

        Assert.Equal("12", shipped[0]["monthsInForce"]);
        Assert.Equal(480_000m, decimal.Parse(shipped[0]["monthlyPayCostRub"], CultureInfo.InvariantCulture));
        Assert.Equal(720_000m, decimal.Parse(reformed[0]["monthlyPayCostRub"], CultureInfo.InvariantCulture));
        foreach (var row in new[] { shipped[0], reformed[0] })
        {
            var sum = Parts.Sum(p => decimal.Parse(row[p + "CostRub"], CultureInfo.InvariantCulture));
            Assert.Equal(sum, decimal.Parse(row["costRub"], CultureInfo.InvariantCulture));
            Assert.All(Parts, p => Assert.Equal("", row[p + "CostReason"]));
        }

        Assert.Equal("0", shipped[0]["repayOneTimePaymentCostRub"]);            // not owed: 0, not empty
        Assert.Equal("", shipped[1]["monthlyPayCostRub"]);                      // Kursk: no rate stated
        Assert.Equal("SourceSilent", shipped[1]["monthlyPayCostReason"]);
        Assert.Equal("", shipped[1]["costRub"]);                                // an unknown part: no total, never a 0
        Assert.Equal(600_000m, decimal.Parse(reformed[1]["monthlyPayCostRub"], CultureInfo.InvariantCulture));
        Assert.Equal("", reformed[1]["monthlyPayCostReason"]);
        Assert.All(CostCells.Columns, c => Assert.Equal("", shipped[2][c]));   // no contract: no time in force, no cost
    }

    // Every region's determined parts, summed from the batch's cost columns by this test, are compare's costBeforeRub
    // (the shipped batch) and costAfterRub (the batch under the reform); the cases with an unknown part, its undetermined counts.
    [Fact]
    public void The_cost_columns_sum_to_the_compare_totals_of_each_region_before_and_after()
    {
        using var temp = new TempFolder();
        var input = temp.Write("cases.jsonl", CliHarness.Run("population", "--size", "400", "--seed", "23").Stdout);
        var compare = CliHarness.Run("compare", "--reform", Reform, input);
        Assert.Equal(0, compare.ExitCode);
        using var summary = JsonDocument.Parse(compare.Stdout);

        foreach (var (rows, side) in new[] { (Csv(temp, input, "shipped.csv"), "Before"), (Csv(temp, input, "reformed.csv", "--reform", Reform), "After") })
        {
            var checkedRegions = 0;
            foreach (var region in summary.RootElement.GetProperty("byRegion").EnumerateArray())
            {
                var name = region.GetProperty("region").GetString();
                var of = rows.Where(r => r["region"] == name && r["errorCount"] == "0").ToArray();
                var withContract = of.Where(r => r["monthsInForce"].Length > 0).ToArray();
                decimal determined = 0;
                var unknown = 0;
                foreach (var r in withContract)
                {
                    var amounts = Parts.Select(p => r[p + "CostRub"]).ToArray();
                    determined += amounts.Where(a => a.Length > 0).Sum(a => decimal.Parse(a, CultureInfo.InvariantCulture));
                    Assert.All(Parts, p => Assert.Equal(r[p + "CostRub"].Length == 0, r[p + "CostReason"].Length > 0));   // a reason exactly where unknown
                    if (amounts.Any(a => a.Length == 0))
                    {
                        unknown++;
                        Assert.Equal("", r["costRub"]);
                    }
                    else
                    {
                        Assert.Equal(amounts.Sum(a => decimal.Parse(a, CultureInfo.InvariantCulture)), decimal.Parse(r["costRub"], CultureInfo.InvariantCulture));
                    }
                }

                var cost = region.GetProperty("cost");
                Assert.Equal(cost.GetProperty("casesWithContract").GetInt64(), withContract.Length);
                Assert.Equal(cost.GetProperty($"cost{side}Rub").GetDecimal(), determined);
                Assert.Equal(cost.GetProperty($"undetermined{side}").GetInt64(), unknown);
                checkedRegions++;
            }

            Assert.True(checkedRegions >= 3, "the population reaches several regions");
        }
    }

    [Fact]
    public async Task Parquet_has_the_cost_columns_typed_and_equal_to_the_csv_and_the_provenance_as_key_value_metadata()
    {
        using var temp = new TempFolder();
        var input = temp.Write("cases.jsonl", CliHarness.Run("population", "--size", "120", "--seed", "8").Stdout + "{\"caseId\":\"w\",\"weight\":2.5}\n");
        var rows = Csv(temp, input, "reformed.csv", "--reform", Reform);
        var parquet = temp.File("reformed.parquet");

        Assert.Equal(0, CliHarness.Run("batch", input, "-o", parquet, "--format", "parquet", "--reform", Reform).ExitCode);

        await using var file = File.OpenRead(parquet);
        await using var reader = await ParquetReader.CreateAsync(file);
        var fields = reader.Schema.DataFields;
        Assert.Equal(DecisionRow.Columns, fields.Select(f => f.Name));
        Assert.Equal(6, Assert.IsType<DecimalDataField>(fields.Single(f => f.Name == "monthsInForce")).Scale);
        Assert.All(Parts.Select(p => p + "CostRub").Append("costRub"), n => Assert.Equal(2, Assert.IsType<DecimalDataField>(fields.Single(f => f.Name == n)).Scale));
        Assert.IsNotType<DecimalDataField>(fields.Single(f => f.Name == "monthlyPayCostReason"));
        using var group = reader.OpenRowGroupReader(0);
        var n = (int)group.RowCount;
        Assert.Equal(rows.Length, n);
        foreach (var name in CostCells.Columns)
        {
            var column = await BatchOutputTests.ReadColumn(group, fields.Single(f => f.Name == name), n);
            for (var r = 0; r < n; r++)
            {
                var expected = rows[r][name];
                Assert.Equal(expected, column[r] switch
                {
                    null => "",
                    decimal m => m.ToString("0.############", CultureInfo.InvariantCulture),
                    var other => other.ToString(),
                });
            }
        }

        var meta = reader.CustomMetadata;
        var baseline = PolicyEngine.CreateDefault().Policy;
        Assert.Equal(baseline.Fingerprint, meta["bars.baseline.fingerprint"]);
        Assert.Equal(baseline.LibraryVersion, meta["bars.baseline.libraryVersion"]);
        Assert.NotEqual(baseline.Fingerprint, meta["bars.reform.fingerprint"]);
        Assert.Equal("reform.json", meta["bars.reformFile.name"]);
        Assert.Equal(Sha256(Reform), meta["bars.reformFile.sha256"]);
        Assert.Equal("cases.jsonl", meta["bars.input.name"]);
        Assert.Equal(new FileInfo(input).Length.ToString(CultureInfo.InvariantCulture), meta["bars.input.bytes"]);
        Assert.Equal(Sha256(input), meta["bars.input.sha256"]);
        Assert.Equal("2026-01-01T00:00:00Z", meta["bars.runAt"]);                   // SOURCE_DATE_EPOCH (Support/ReproducibleRuns)
    }

    [Fact]
    public void The_summary_and_the_csv_sidecar_say_where_the_decisions_come_from()
    {
        using var temp = new TempFolder();
        var input = temp.Write("cases.jsonl", CliHarness.Run("population", "--size", "30", "--seed", "9").Stdout);
        var (csv, json, md) = (temp.File("out.csv"), temp.File("summary.json"), temp.File("summary.md"));

        Assert.Equal(0, CliHarness.Run("batch", input, "-o", csv, "--format", "csv", "--summary", json).ExitCode);
        Assert.Equal(0, CliHarness.Run("batch", input, "-o", temp.File("out.jsonl"), "--summary", md, "--reform", Reform).ExitCode);

        var baseline = PolicyEngine.CreateDefault().Policy;
        using var sidecar = JsonDocument.Parse(File.ReadAllText(csv + ".meta.json"));
        using var summary = JsonDocument.Parse(File.ReadAllText(json));
        foreach (var p in new[] { sidecar.RootElement.GetProperty("provenance"), summary.RootElement.GetProperty("provenance") })
        {
            Assert.Equal(baseline.Fingerprint, p.GetProperty("baseline").GetProperty("fingerprint").GetString());
            Assert.Equal(baseline.LibraryVersion, p.GetProperty("baseline").GetProperty("libraryVersion").GetString());
            Assert.Equal(JsonValueKind.Null, p.GetProperty("reform").ValueKind);    // the shipped policy decided
            Assert.Equal("cases.jsonl", p.GetProperty("input").GetProperty("name").GetString());
            Assert.Equal(new FileInfo(input).Length, p.GetProperty("input").GetProperty("bytes").GetInt64());
            Assert.Equal(Sha256(input), p.GetProperty("input").GetProperty("sha256").GetString());
            Assert.Equal("2026-01-01T00:00:00Z", p.GetProperty("runAt").GetString());
        }

        Assert.Equal(30, summary.RootElement.GetProperty("cases").GetInt32());
        var markdown = File.ReadAllText(md);
        Assert.Contains("## Provenance", markdown, StringComparison.Ordinal);
        Assert.Contains($"| bars.reformFile.sha256 | {Sha256(Reform)} |", markdown, StringComparison.Ordinal);
        Assert.Contains($"| bars.input.sha256 | {Sha256(input)} |", markdown, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File("out.jsonl") + ".meta.json"));   // JSON Lines: the summary says it
    }

    [Fact]
    public void A_resume_under_another_reform_than_the_partial_files_is_refused_and_the_partial_kept()
    {
        using var temp = new TempFolder();
        var input = temp.Write("cases.jsonl", CaseJson.Valid("b-1", "Bryansk") + "\n" + CaseJson.Valid("b-2", "Bryansk") + "\n");
        var output = temp.File("out.jsonl");
        var partial = output + SafeOutput.WorkingSuffix;
        Assert.Equal(0, CliHarness.Run("batch", input, "-o", temp.File("whole.jsonl")).ExitCode);
        File.WriteAllText(partial, File.ReadAllLines(temp.File("whole.jsonl"))[0] + "\n");
        new ResumeRecord("jsonl", "full", null, MaxBytesOption.Default).Write(partial);   // the shipped policy's answers
        var before = File.ReadAllBytes(partial);

        var run = CliHarness.Run("batch", input, "-o", output, "--reform", Reform, "--resume");

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Contains("was written with no --reform, not the --reform file of SHA-256 " + Sha256(Reform)[..12], run.Stderr, StringComparison.Ordinal);
        Assert.Contains($"To go on: bars-policy batch {input} -o {output} --resume", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(partial));
    }

    private static string Outcomes(string decision)
    {
        using var d = JsonDocument.Parse(decision);
        return d.RootElement.GetProperty("entitlements").GetRawText() + d.RootElement.GetProperty("obligations").GetRawText();
    }

    // The rows of a CSV batch as column → cell.
    private static Dictionary<string, string>[] Csv(TempFolder temp, string input, string name, params string[] more)
    {
        var csv = temp.File(name);
        var run = CliHarness.Run(["batch", input, "-o", csv, "--format", "csv", .. more]);
        Assert.True(run.ExitCode == 0, run.Stderr);
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(csv);
        var rows = new List<Dictionary<string, string>>();
        foreach (var row in reader)
        {
            var cells = new Dictionary<string, string>();
            foreach (var c in DecisionRow.Columns) cells[c] = row[c].ToString();
            rows.Add(cells);
        }

        return [.. rows];
    }

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
}
