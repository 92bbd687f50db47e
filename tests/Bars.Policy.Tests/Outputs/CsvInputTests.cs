using System.Text;
using System.Text.Json;
using Bars.Policy.Tests.Cli;

namespace Bars.Policy.Tests.Outputs;

/// <summary>
/// Issue 23: cases as CSV (what an analyst has), read by batch and compare as the JSON Lines they stand for; every
/// error is the library's, naming the field and the file's line.
/// </summary>
public sealed class CsvInputTests
{
    private static readonly string[] Flags = ["healthRestriction", "missingLimbOrProsthesis", "medicalQualification", "publicOfficial", "criminalConviction", "activeMilitary", "formerWarParticipant"];

    private static readonly string[] Header =
        ["w", "caseId", "region", "asOf", "applicant.birthDate", "applicant.sex", .. Flags.Select(f => "applicant." + f), "contract.months", "contract.startDate", "contract.terminatedEarlyOn", "contract.terminatedBy", "injuries"];

    // The JSON Lines flattened to the header's columns here, independently of the tool: each value's own text.
    private static string ToCsv(IEnumerable<string> jsonLines)
    {
        var csv = new StringBuilder(string.Join(',', Header)).Append('\n');
        foreach (var line in jsonLines)
        {
            var root = JsonDocument.Parse(line).RootElement;
            csv.Append(string.Join(',', Header.Select(column =>
            {
                var value = root;
                foreach (var step in column.Split('.'))
                {
                    if (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty(step, out value)) return "";
                }

                return value.ValueKind switch
                {
                    JsonValueKind.Null => "",
                    JsonValueKind.String => Quoted(value.GetString()!),
                    _ => Quoted(value.GetRawText()),
                };
            }))).Append('\n');
        }

        return csv.ToString();
    }

    private static string Quoted(string cell) => cell.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;

    [Fact]
    public void A_csv_population_gets_the_same_decisions_as_its_json_lines()
    {
        using var temp = new TempFolder();
        var lines = CliHarness.Run("population", "--size", "400", "--seed", "12", "--profile", "plausible", "--weight-column", "w").StdoutLines;
        var jsonl = temp.Write("p.jsonl", string.Join('\n', lines) + "\n");
        var csv = temp.Write("p.csv", ToCsv(lines));

        var fromJson = CliHarness.Run("batch", jsonl, "--weight", "w");
        var fromCsv = CliHarness.Run("batch", csv, "--weight", "w");

        Assert.True(fromCsv.ExitCode == 0, fromCsv.Stderr);
        Assert.Equal(fromJson.StdoutLines, fromCsv.StdoutLines);
        Assert.Contains("answered 400 cases of 400 lines read", fromCsv.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_reads_csv_too_and_sums_the_same()
    {
        using var temp = new TempFolder();
        var lines = CliHarness.Run("population", "--size", "300", "--seed", "13", "--profile", "plausible", "--weight-column", "w").StdoutLines;
        var reform = CliHarness.SamplePath("reform.json");

        var fromJson = CliHarness.Run("compare", "--reform", reform, temp.Write("p.jsonl", string.Join('\n', lines) + "\n"), "--weight", "w", "--summary-format", "json");
        var fromCsv = CliHarness.Run("compare", "--reform", reform, temp.Write("p.txt", ToCsv(lines)), "--input-format", "csv", "--weight", "w", "--summary-format", "json");

        Assert.True(fromCsv.ExitCode == 0, fromCsv.Stderr);
        var (a, b) = (JsonDocument.Parse(fromJson.Stdout).RootElement, JsonDocument.Parse(fromCsv.Stdout).RootElement);
        foreach (var total in new[] { "cases", "invalid", "casesChanged", "cost", "byRegion", "byMonth", "weighted", "weightedByRegion" })
        {
            Assert.Equal(a.GetProperty(total).GetRawText(), b.GetProperty(total).GetRawText());
        }
    }

    [Fact]
    public void Errors_name_the_field_and_the_files_line_a_quoted_line_break_included()
    {
        var csv = "caseId,region,asOf,applicant.birthDate,applicant.sex,contract.months,contract.startDate\n"
            + "x,Kursk,2024-10-01,1980-01-01,Male,twelve,2024-09-01,extra\n"   // line 2: a month that is text, a cell past the header
            + "\"y\nz\",Kursk,2024-10-01,1980-01-01,Male,12,2024-09-01\n"        // lines 3-4: a caseId with a line break
            + "w,Tula,2024-10-01,,Male,,\n";                                     // line 5: an unknown region, no birth date, no contract

        var run = CliHarness.RunWithStdin(csv, "batch", "-", "--input-format", "csv", "--findings", "none");

        Assert.Equal(0, run.ExitCode);
        var rows = run.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(3, rows.Length);
        var errors = rows.Select(r => r.GetProperty("errors").EnumerateArray().Select(e => $"{e.GetProperty("path").GetString()}: {e.GetProperty("message").GetString()}").ToArray()).ToArray();
        Assert.Equal(["contract.months: must be a whole number of months (line 2).", "column8: is not a field of the case (line 2)."], errors[0]);
        Assert.Equal(("Kursk", "2024-10-01"), (rows[0].GetProperty("region").GetString(), rows[0].GetProperty("asOf").GetString()));
        Assert.Empty(errors[1]);
        Assert.Equal("y\nz", rows[1].GetProperty("caseId").GetString());
        Assert.Equal(["region: 'Tula' is not a known region: expected one of Belgorod, Bryansk, Kursk (line 5).", "applicant.birthDate: is required, written yyyy-MM-dd (line 5)."], errors[2]);
    }

    [Fact]
    public void Resume_is_for_json_lines()
    {
        using var temp = new TempFolder();
        var run = CliHarness.Run("batch", temp.Write("p.csv", string.Join(',', Header) + "\n"), "-o", temp.File("o.jsonl"), "--resume");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("a CSV input is answered whole", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_opens_the_header_and_is_not_a_column()
    {
        var run = CliHarness.RunWithStdin("\uFEFFcaseId,region\nx,Kursk\n", "batch", "-", "--input-format", "csv", "--findings", "none");

        var errors = JsonDocument.Parse(run.StdoutLines[0]).RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()).ToArray();
        Assert.DoesNotContain(errors, p => p!.Contains("caseId", StringComparison.Ordinal));
        Assert.Contains("asOf", errors);
    }

    [Theory]
    [InlineData("caseId,caseId\na,b\n", "its header cannot be read")]
    [InlineData("caseId,region\nx,Kursk\ny,Kursk\xFF\n", "it is not valid UTF-8")]
    public void A_csv_that_cannot_be_read_as_a_whole_is_said_with_the_file_and_nothing_is_written(string csv, string expected)
    {
        using var temp = new TempFolder();
        var path = temp.File("p.csv");
        File.WriteAllBytes(path, csv.Select(c => (byte)c).ToArray()); // \xFF stays one byte: not UTF-8
        var output = temp.File("o.jsonl");

        var batch = CliHarness.Run("batch", path, "-o", output);
        var compare = CliHarness.Run("compare", "--reform", CliHarness.SamplePath("reform.json"), path, "--dataset", temp.File("d.parquet"));

        Assert.Equal(1, batch.ExitCode);
        Assert.StartsWith($"bars-policy: cannot read '{path}': {expected}", batch.Stderr, StringComparison.Ordinal);
        Assert.EndsWith("nothing is written.", batch.Stderr.Trim(), StringComparison.Ordinal);
        Assert.Equal([path], Directory.GetFiles(temp.Path));
        Assert.Equal(1, compare.ExitCode);
        Assert.Contains($"cannot read '{path}': {expected}", compare.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(CliHarness.StackTraceMarker, batch.Stderr + compare.Stderr, StringComparison.Ordinal);
    }
}
