using System.Globalization;
using System.Text.Json;
using Bars.Policy.Tests.Cli;
using DuckDB.NET.Data;

namespace Bars.Policy.Tests.Outputs;

/// <summary>
/// Issue 23: the analyst's question answered in one DuckDB query over the tool's Parquet — "how many Bryansk members
/// are entitled to the one-time payment in 2025, and what does it cost, weighted?" (the payment falls in the contract's
/// start month, I9, the day enlistment is judged on, I6) — and the answer recomputed here
/// from the JSON decisions of the same population, not from the Parquet writer.
/// </summary>
public sealed class DuckDbTests
{
    [Fact]
    public void The_bryansk_one_time_payment_of_2025_weighted_in_one_query_equals_the_decisions()
    {
        using var temp = new TempFolder();
        var population = temp.File("p.jsonl");
        Assert.Equal(0, CliHarness.Run("population", "--size", "3000", "--seed", "21", "--profile", "plausible", "--as-of", "2025-12-31", "--weight-column", "w", "-o", population).ExitCode);
        var (parquet, jsonl) = (temp.File("d.parquet"), temp.File("d.jsonl"));
        Assert.Equal(0, CliHarness.Run("batch", population, "--weight", "w", "--format", "parquet", "-o", parquet).ExitCode);
        Assert.Equal(0, CliHarness.Run("batch", population, "--weight", "w", "-o", jsonl).ExitCode);

        using var db = new DuckDBConnection("Data Source=:memory:");
        db.Open();
        using var query = db.CreateCommand();
        query.CommandText = $"""
            SELECT count(*), sum(w), sum(w * oneTimePaymentCostRub)
            FROM read_parquet('{parquet.Replace("'", "''", StringComparison.Ordinal)}')
            WHERE region = 'Bryansk' AND oneTimePaymentStatus = 'Entitled' AND year(enlistmentJudgedOn) = 2025
            """;
        using var answer = query.ExecuteReader();
        Assert.True(answer.Read());
        var (members, weighted, cost) = (answer.GetInt64(0), Convert.ToDecimal(answer.GetValue(1), CultureInfo.InvariantCulture), Convert.ToDecimal(answer.GetValue(2), CultureInfo.InvariantCulture));

        // The same from the decisions: Bryansk, OneTimePayment Entitled, its amount times the weight. The source names no
        // day for the payment; its cost falls in the contract's start month (I9), the day enlistment is judged on (I6).
        var expected = File.ReadLines(jsonl).Select(l => JsonDocument.Parse(l).RootElement)
            .Where(d => d.GetProperty("region").GetString() == "Bryansk")
            .Where(d => d.GetProperty("enlistment").GetProperty("judgedOn").GetString()!.StartsWith("2025-", StringComparison.Ordinal))
            .Select(d => (Weight: d.GetProperty("w").GetDecimal(), Payment: d.GetProperty("entitlements").EnumerateArray().Single(e => e.GetProperty("kind").GetString() == "OneTimePayment")))
            .Where(x => x.Payment.GetProperty("status").GetString() == "Entitled")
            .ToArray();
        Assert.True(expected.Length > 10, $"too few to test: {expected.Length}");
        Assert.Equal(expected.Length, members);
        Assert.Equal(expected.Sum(x => x.Weight), weighted, 6);
        Assert.Equal(expected.Sum(x => x.Weight * x.Payment.GetProperty("amountRub").GetDecimal()), cost, 2);
    }
}
