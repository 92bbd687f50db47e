using System.Globalization;
using System.Text.Json;
using Bars.Policy.Tests.Cli;
using nietras.SeparatedValues;

namespace Bars.Policy.Tests.Outputs;

/// <summary><c>compare</c>'s distribution of per-case changes: how many cases lose or gain how much, by region.</summary>
public sealed class CompareDistributionTests
{
    // Bryansk paid less from 2025 (falls), Kursk's silent rate stated (newly determined; totals still partly unknown).
    private const string Reform = """
        { "parameters": [
          { "region": "Bryansk", "parameter": "MonthlyPayRub", "value": 30000, "effectiveFrom": "2025-01-01", "effectiveTo": null,
            "citation": { "id": "Test reform", "quote": "30,000 from 2025." } },
          { "region": "Kursk", "parameter": "MonthlyPayRub", "value": 50000, "effectiveFrom": "2024-01-01", "effectiveTo": null,
            "citation": { "id": "Test reform", "quote": "50,000 a month." } }
        ] }
        """;

    private static readonly string[] Keys =
        ["lose1mOrMore", "lose100kTo1m", "lose10kTo100k", "loseUnder10k", "noChange", "gainUnder10k", "gain10kTo100k", "gain100kTo1m", "gain1mOrMore", "undetermined", "noContract"];

    [Fact]
    public void The_bins_count_each_compared_case_once_as_its_own_before_and_after_totals_say()
    {
        using var temp = new TempFolder();
        var cases = temp.Write("cases.jsonl", CliHarness.Run("population", "--size", "2000", "--seed", "9").Stdout);
        var reform = temp.Write("reform.json", Reform);
        var dataset = temp.File("all.csv");
        var markdown = temp.File("summary.md");

        var run = CliHarness.Run("compare", "--reform", reform, cases, "--dataset", dataset, "--markdown", markdown, "--summary-format", "json");

        Assert.Equal(0, run.ExitCode);
        var root = JsonDocument.Parse(run.Stdout).RootElement;
        var spread = root.GetProperty("changeDistribution");

        // Recomputed from the dataset's per-case totals, not through the tool's tally.
        var expected = new Dictionary<string, long[]>(StringComparer.Ordinal);
        using (var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(dataset))
        {
            foreach (var row in reader)
            {
                if (row["errorCount"].ToString() is not ("" or "0")) continue;     // invalid: not compared
                var region = row["region"].ToString();
                if (!expected.TryGetValue(region, out var counts)) expected.Add(region, counts = new long[Keys.Length]);
                counts[Array.IndexOf(Keys, Bin(row["cost"].ToString(), row["costBeforeRub"].ToString(), row["costAfterRub"].ToString()))]++;
            }
        }

        var byRegion = spread.GetProperty("byRegion").EnumerateArray().ToDictionary(r => r.GetProperty("region").GetString()!, r => Keys.Select(k => r.GetProperty(k).GetInt64()).ToArray());
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), byRegion.Keys.Order(StringComparer.Ordinal));
        foreach (var (region, counts) in expected) Assert.Equal(counts, byRegion[region]);
        var total = Keys.Select(k => spread.GetProperty("total").GetProperty(k).GetInt64()).ToArray();
        Assert.Equal(root.GetProperty("cases").GetInt64() - root.GetProperty("invalid").GetInt64(), total.Sum());
        Assert.True(total[Array.IndexOf(Keys, "undetermined")] > 0 && total[Array.IndexOf(Keys, "noChange")] > 0 && total[..4].Sum() > 0, "the population has losers, unchanged and undetermined cases");
        Assert.Contains("## Who loses and gains how much", File.ReadAllText(markdown), StringComparison.Ordinal);
    }

    // The test's own reading of the bins: lose/gain by 1 m or more, 100 k–1 m, 10 k–100 k, under 10 k.
    private static string Bin(string cost, string before, string after)
    {
        if (cost == "NoContract") return "noContract";
        if (before.Length == 0 || after.Length == 0) return "undetermined";
        var change = decimal.Parse(after, CultureInfo.InvariantCulture) - decimal.Parse(before, CultureInfo.InvariantCulture);
        if (change == 0) return "noChange";
        var size = Math.Abs(change);
        var band = size >= 1_000_000m ? "1mOrMore" : size >= 100_000m ? "100kTo1m" : size >= 10_000m ? "10kTo100k" : "Under10k";
        return (change < 0 ? "lose" : "gain") + band;
    }
}
