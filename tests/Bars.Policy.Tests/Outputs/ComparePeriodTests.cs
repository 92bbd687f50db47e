using System.Globalization;
using System.Text.Json;
using Bars.Policy.Tests.Cli;

namespace Bars.Policy.Tests.Outputs;

/// <summary><c>compare --period</c>: the cost by month totalled over a budget window.</summary>
public sealed class ComparePeriodTests
{
    // Bryansk 40,000 a month, 60,000 from 2025-04-01 under the reform; Kursk states no monthly pay (Undetermined).
    private const string RiseFromApril =
        """{ "parameters": [ { "region": "Bryansk", "parameter": "MonthlyPayRub", "value": 60000, "effectiveFrom": "2025-04-01", "effectiveTo": null, "citation": { "id": "Test reform", "quote": "60,000 from April 2025." } } ] }""";

    [Fact]
    public void Period_totals_equal_the_months_of_the_window_recomputed_case_by_case()
    {
        using var temp = new TempFolder();
        // Contracts from the 1st of a month, so each contract month is a calendar month and a case's months can be
        // counted by hand: 40 Bryansk and 10 Kursk cases starting January 2024 – August 2025, 6 or 12 months.
        var cases = Enumerable.Range(0, 50).Select(i => (
            Id: $"p{i}", Region: i % 5 == 4 ? "Kursk" : "Bryansk", Start: new DateOnly(2024, 1, 1).AddMonths(i % 20), Months: i % 3 == 0 ? 6 : 12)).ToArray();
        var input = temp.Write("cases.jsonl", string.Concat(cases.Select(c =>
            string.Create(CultureInfo.InvariantCulture, $"{{\"caseId\":\"{c.Id}\",\"region\":\"{c.Region}\",\"asOf\":\"{c.Start.AddDays(10):yyyy-MM-dd}\",\"applicant\":{{\"birthDate\":\"1984-05-01\",\"sex\":\"Male\"}},\"contract\":{{\"months\":{c.Months},\"startDate\":\"{c.Start:yyyy-MM-dd}\"}}}}") + "\n")));
        var reform = temp.Write("reform.json", RiseFromApril);

        var run = CliHarness.Run("compare", "--reform", reform, input, "--period", "2025-01..2025-06", "--summary-format", "json");

        Assert.Equal(0, run.ExitCode);
        var period = JsonDocument.Parse(run.Stdout).RootElement.GetProperty("period");
        Assert.Equal(("2025-01-01", "2025-06-30"), (period.GetProperty("from").GetString(), period.GetProperty("to").GetString()));

        var (first, last, rise) = (new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 1), new DateOnly(2025, 4, 1));
        decimal before = 0, after = 0;
        long unknown = 0;
        foreach (var c in cases)
        {
            for (var m = c.Start; m < c.Start.AddMonths(c.Months); m = m.AddMonths(1))
            {
                if (m < first || m > last) continue;
                if (c.Region == "Kursk")
                {
                    unknown++;                       // monthly pay (and, in the start month, the one-time payment) Undetermined
                    continue;
                }

                var oneTime = m == c.Start ? (c.Months == 12 ? 300_000m : 150_000m) : 0;
                before += 40_000m + oneTime;
                after += (m >= rise ? 60_000m : 40_000m) + oneTime;
            }
        }

        var total = period.GetProperty("total");
        Assert.Equal(
            (before, after, after - before, 0m, 0m, unknown, unknown),
            (Rub(total, "costBeforeRub"), Rub(total, "costAfterRub"), Rub(total, "measuredChangeRub"), Rub(total, "newlyDeterminedRub"), Rub(total, "newlyUndeterminedRub"),
                total.GetProperty("undeterminedCaseMonthsBefore").GetInt64(), total.GetProperty("undeterminedCaseMonthsAfter").GetInt64()));
        Assert.True(before > 0 && after > before);
        var bryansk = period.GetProperty("byRegion").EnumerateArray().Single(r => r.GetProperty("region").GetString() == "Bryansk");
        Assert.Equal((before, after), (Rub(bryansk, "costBeforeRub"), Rub(bryansk, "costAfterRub")));
    }

    [Fact]
    public void A_year_is_its_twelve_months_and_shows_in_the_markdown()
    {
        using var temp = new TempFolder();
        var input = temp.Write("cases.jsonl", CliHarness.Run("population", "--size", "200", "--seed", "7").Stdout);
        var markdown = temp.File("summary.md");

        var run = CliHarness.Run("compare", "--reform", CliHarness.SamplePath("reform.json"), input, "--period", "2025", "--markdown", markdown, "--summary-format", "json");

        Assert.Equal(0, run.ExitCode);
        var root = JsonDocument.Parse(run.Stdout).RootElement;
        var period = root.GetProperty("period");
        Assert.Equal(("2025-01-01", "2025-12-31"), (period.GetProperty("from").GetString(), period.GetProperty("to").GetString()));
        var months = root.GetProperty("byMonth").EnumerateArray().Where(m => m.GetProperty("month").GetString()!.StartsWith("2025-", StringComparison.Ordinal)).ToArray();
        Assert.Equal(months.Sum(m => Rub(m, "costAfterRub")), Rub(period.GetProperty("total"), "costAfterRub"));
        Assert.Contains("## Period 2025-01-01 to 2025-12-31", File.ReadAllText(markdown), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-13")]
    [InlineData("25")]
    [InlineData("2025-1")]
    [InlineData("2025-01..")]
    [InlineData("2025-01-01")]
    [InlineData("2025..2026")]
    [InlineData("")]
    public void A_bad_period_is_an_argument_error_naming_the_flag_the_value_and_an_example(string value)
    {
        var run = CliHarness.Run("compare", "--reform", CliHarness.SamplePath("reform.json"), CliHarness.SamplePath("reform.json"), "--period", value);
        Assert.Equal((1, ""), (run.ExitCode, run.Stdout));
        Assert.Contains($"--period '{value}' must be a year, a month or a range of months", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("e.g. --period 2025", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(CliHarness.StackTraceMarker, run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_period_that_ends_before_it_starts_says_so()
    {
        var run = CliHarness.Run("compare", "--reform", CliHarness.SamplePath("reform.json"), CliHarness.SamplePath("reform.json"), "--period", "2025-06..2025-01");
        Assert.Equal((1, ""), (run.ExitCode, run.Stdout));
        Assert.Contains("--period '2025-06..2025-01' ends before it starts", run.Stderr, StringComparison.Ordinal);
    }

    private static decimal Rub(JsonElement e, string name) => e.GetProperty(name).GetDecimal();
}
