using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Bars.Policy.Cli.Output;
using Bars.Policy.Tests.Cli;
using nietras.SeparatedValues;

namespace Bars.Policy.Tests.Outputs;

/// <summary><c>compare --format csv</c> and <c>compare --report</c>: the per-case changes as a table, and a self-contained page with the totals and charts.</summary>
public sealed partial class CompareOutputTests
{
    [Fact]
    public void Csv_changes_have_the_documented_header_and_one_row_per_changed_case_as_the_json_lines_say()
    {
        using var temp = new TempFolder();
        var cases = temp.Write("cases.jsonl", CliHarness.Run("population", "--size", "300", "--seed", "4").Stdout);
        var (jsonl, csv) = (temp.File("changes.jsonl"), temp.File("changes.csv"));

        var asJson = CliHarness.Run("compare", "--reform", CliHarness.SamplePath("reform.json"), cases, "--changes", jsonl);
        var asCsv = CliHarness.Run("compare", "--reform", CliHarness.SamplePath("reform.json"), cases, "--changes", csv, "--format", "csv", "--parallel", "1");

        Assert.Equal((0, 0), (asJson.ExitCode, asCsv.ExitCode));
        Assert.Equal(asJson.Stdout, asCsv.Stdout);                                     // the summary does not depend on the format or the workers
        Assert.Equal(string.Join(',', ComparisonCsvWriter.Header), File.ReadLines(csv).First());
        var changes = File.ReadAllLines(jsonl).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToArray();
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(csv);
        var i = 0;
        foreach (var row in reader)
        {
            var c = changes[i++];
            Assert.Equal(c.GetProperty("caseId").GetString(), row["caseId"].ToString());
            Assert.Equal(c.GetProperty("cost").GetString(), row["cost"].ToString());
            Assert.Equal(Amount(c.GetProperty("costBeforeRub")), row["costBeforeRub"].ToString());
            Assert.Equal(Amount(c.GetProperty("measuredChangeRub")), row["measuredChangeRub"].ToString());
            Assert.Equal(string.Join(';', c.GetProperty("undeterminedAfter").EnumerateArray().Select(x => x.GetString())), row["undeterminedAfter"].ToString());
            // A former member's or a future member's case changes its cost only (I9): no outcome changes on asOf, its cells are empty.
            var pay = c.GetProperty("changes").EnumerateArray().Where(x => x.GetProperty("what").GetString() == "MonthlyPay").ToArray();
            Assert.Equal(pay.Length == 0 ? "" : pay[0].GetProperty("after").GetString(), row["monthlyPayAfter"].ToString());
            Assert.Equal(pay.Length == 0 ? "" : Amount(pay[0].GetProperty("amountAfterRub")), row["monthlyPayAmountAfterRub"].ToString());
            Assert.Equal("", row["oneTimePaymentAfter"].ToString());               // unchanged by this reform: empty
        }

        Assert.Equal(changes.Length, i);
    }

    [Fact]
    public void Csv_changes_need_a_changes_file()
    {
        using var temp = new TempFolder();
        var run = CliHarness.Run("compare", "--reform", CliHarness.SamplePath("reform.json"), temp.Write("cases.jsonl", ""), "--format", "csv");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--changes", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_is_one_page_with_the_totals_and_three_inline_svg_charts_and_nothing_to_fetch()
    {
        using var temp = new TempFolder();
        var cases = temp.Write("cases.jsonl", CliHarness.Run("population", "--size", "300", "--seed", "4").Stdout);
        var report = temp.File("report.html");

        var run = CliHarness.Run("compare", "--reform", CliHarness.SamplePath("reform.json"), cases, "--report", report);

        Assert.Equal(0, run.ExitCode);
        using var summary = JsonDocument.Parse(run.Stdout);
        var cost = summary.RootElement.GetProperty("cost");
        var html = File.ReadAllText(report);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        foreach (var chart in new[] { "cost-by-region", "outcome-moves", "status-changes" })
        {
            Assert.Matches($"<figure id=\"{chart}\">\\s*<svg ", html);
        }

        Assert.Equal(3, Regex.Matches(html, "<svg ").Count);
        Assert.Contains("<rect", html, StringComparison.Ordinal);                     // the bars are drawn
        foreach (var total in new[] { "costBeforeRub", "costAfterRub", "newlyDeterminedRub" })
        {
            Assert.Contains(cost.GetProperty(total).GetDecimal().ToString("#,0.##", CultureInfo.InvariantCulture), html, StringComparison.Ordinal);
        }

        Assert.Contains("Example reform A (fictitious)", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("<(script|link|img|iframe)\\b", html);                       // no script, stylesheet or image to load
        Assert.DoesNotMatch("(src|href)\\s*=", html);
        Assert.DoesNotMatch("url\\((?!#)", html);                                        // only references within the page (clip paths)
    }

    [Fact]
    public void A_reform_that_changes_no_status_still_gives_a_report()
    {
        using var temp = new TempFolder();
        var reform = temp.Write("reform.json", """{ "parameters": [ { "region": "Bryansk", "parameter": "MonthlyPayRub", "value": 45000, "effectiveFrom": "2024-01-01", "effectiveTo": null, "citation": { "id": "Test order", "quote": "45,000 a month." } } ] }""");
        var cases = temp.Write("cases.jsonl", CaseJson.Valid("c-1", "Bryansk") + "\n");
        var report = temp.File("report.html");

        Assert.Equal(0, CliHarness.Run("compare", "--reform", reform, cases, "--report", report).ExitCode);

        var html = File.ReadAllText(report);
        Assert.Contains("No entitlement or obligation changes status.", html, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Matches(html, "<svg ").Count);
    }

    private static string Amount(JsonElement e) => e.ValueKind == JsonValueKind.Null ? "" : e.GetDecimal().ToString(CultureInfo.InvariantCulture);
}
