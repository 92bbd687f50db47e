using System.Globalization;
using System.Net;
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
    public void The_report_is_one_page_with_the_totals_and_four_inline_svg_charts_and_nothing_to_fetch()
    {
        using var temp = new TempFolder();
        var cases = temp.Write("cases.jsonl", CliHarness.Run("population", "--size", "300", "--seed", "4").Stdout);
        var report = temp.File("report.html");

        var run = CliHarness.Run("compare", "--reform", CliHarness.SamplePath("reform.json"), cases, "--report", report);

        Assert.Equal(0, run.ExitCode);
        var html = File.ReadAllText(report);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        foreach (var chart in new[] { "moves-by-region", "outcome-moves", "status-changes", "cost-by-month" })
        {
            Assert.Matches($"<figure id=\"{chart}\">\\s*<svg ", html);
        }

        Assert.Equal(4, Regex.Matches(html, "<svg ").Count);
        Assert.Contains("<rect", html, StringComparison.Ordinal);                     // the bars are drawn
        Assert.Contains("<polyline", html, StringComparison.Ordinal);                 // and the month lines
        Assert.Contains("Example reform A (fictitious)", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("<(script|link|img|iframe)\\b", html);                       // no script, stylesheet or image to load
        Assert.DoesNotMatch("(src|href)\\s*=", html);
        Assert.DoesNotMatch("url\\((?!#)", html);                                        // only references within the page (clip paths)
    }

    [Fact]
    public void Every_id_of_the_report_is_unique_and_each_chart_refers_only_to_its_own()
    {
        using var temp = new TempFolder();
        var cases = temp.Write("cases.jsonl", CliHarness.Run("population", "--size", "300", "--seed", "4").Stdout);
        var report = temp.File("report.html");
        Assert.Equal(0, CliHarness.Run("compare", "--reform", CliHarness.SamplePath("reform.json"), cases, "--report", report).ExitCode);

        var html = File.ReadAllText(report);
        var ids = Regex.Matches(html, "\\bid=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());
        foreach (Match svg in Regex.Matches(html, "<svg [\\s\\S]*?</svg>"))
        {
            var own = Regex.Matches(svg.Value, "\\bid=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
            Assert.All(Regex.Matches(svg.Value, "url\\(#([^)]+)\\)"), m => Assert.Contains(m.Groups[1].Value, own));
        }
    }

    [Fact]
    public void The_report_shows_amounts_in_a_readable_unit_and_the_measured_change_apart_from_newly_determined_money_with_the_unknown_beside_every_total()
    {
        using var temp = new TempFolder();
        var cases = temp.Write("cases.jsonl", CliHarness.Run("population", "--size", "2000", "--seed", "4").Stdout);
        var report = temp.File("report.html");
        var run = CliHarness.Run("compare", "--reform", CliHarness.SamplePath("reform.json"), cases, "--report", report);
        Assert.Equal(0, run.ExitCode);
        using var summary = JsonDocument.Parse(run.Stdout);
        var cost = summary.RootElement.GetProperty("cost");
        var html = File.ReadAllText(report);

        // Hundreds of millions of roubles: the money table is in m RUB, one decimal, never an 11-digit rouble amount.
        Assert.Contains("<h2>Money by region (m RUB)</h2>", html, StringComparison.Ordinal);
        var all = Regex.Match(html, "<tr><td><strong>All</strong></td>(.*?)</tr>").Groups[1].Value;
        var cells = Regex.Matches(all, "<td class=\"n\">([^<]*)</td>").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToArray();
        string M(string name) => (cost.GetProperty(name).GetDecimal() / 1_000_000m).ToString("#,0.0", CultureInfo.InvariantCulture);
        Assert.Equal(M("costBeforeRub"), cells[0]);
        Assert.Equal(M("costAfterRub"), cells[1]);
        Assert.Equal("+" + M("measuredChangeRub"), cells[2]);
        Assert.Equal(M("newlyDeterminedRub"), cells[3]);                              // its own column, not in the measured change
        var share = (double)cost.GetProperty("undeterminedAfter").GetInt64() / cost.GetProperty("casesWithContract").GetInt64();
        Assert.EndsWith(string.Create(CultureInfo.InvariantCulture, $"{cost.GetProperty("undeterminedAfter").GetInt64():N0} ({share:P1})"), cells[5], StringComparison.Ordinal);
        Assert.DoesNotMatch(">\\d{1,3}(,\\d{3}){3,}(\\.\\d+)?<", html);                       // no amount of a billion written in roubles

        // The region chart: one series each for the measured change, the newly determined and the newly Undetermined money.
        var chart = Regex.Match(html, "<figure id=\"moves-by-region\">[\\s\\S]*?</figure>").Value;
        foreach (var series in new[] { "Measured change", "Newly determined", "Newly Undetermined" }) Assert.Contains(series, chart, StringComparison.Ordinal);
        Assert.Contains("partly unknown", chart, StringComparison.Ordinal);
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
        Assert.Equal(3, Regex.Matches(html, "<svg ").Count);                           // by region, enlistment moves, by month
    }

    private static string Amount(JsonElement e) => e.ValueKind == JsonValueKind.Null ? "" : e.GetDecimal().ToString(CultureInfo.InvariantCulture);
}
