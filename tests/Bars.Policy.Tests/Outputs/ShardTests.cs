using Bars.Policy.Tests.Cli;
using DuckDB.NET.Data;

namespace Bars.Policy.Tests.Outputs;

/// <summary>
/// Issue 24, scale-out tested small (docs/analysts.md, "A run bigger than one machine"): a population split into four
/// shards of whole lines, each run as its own `batch` and `compare --dataset`, gives Parquet files whose rows, read
/// together by DuckDB, are the single run's rows — none lost, none twice, none changed.
/// </summary>
public sealed class ShardTests
{
    private const int Shards = 4;

    [Fact]
    public void Four_shards_of_batch_and_compare_read_together_by_duckdb_equal_the_single_run()
    {
        using var temp = new TempFolder();
        var population = temp.File("cases.jsonl");
        Assert.Equal(0, CliHarness.Run("population", "--size", "800", "--seed", "24", "--profile", "plausible", "--weight-column", "w", "-o", population).ExitCode);
        var lines = File.ReadAllLines(population);
        for (var k = 0; k < Shards; k++)
        {
            // Shard k holds the lines whose number is k modulo 4, as the docs' awk line does: every line whole, once.
            File.WriteAllLines(temp.File($"shard-{k}.jsonl"), lines.Where((_, i) => i % Shards == k));
        }

        var reform = CliHarness.SamplePath("reform.json");
        Assert.Equal(0, CliHarness.Run("batch", population, "--weight", "w", "--format", "parquet", "-o", temp.File("whole.parquet")).ExitCode);
        Assert.Equal(0, CliHarness.Run("compare", "--reform", reform, population, "--weight", "w", "--dataset", temp.File("whole-compare.parquet")).ExitCode);
        for (var k = 0; k < Shards; k++)
        {
            var shard = temp.File($"shard-{k}.jsonl");
            Assert.Equal(0, CliHarness.Run("batch", shard, "--weight", "w", "--format", "parquet", "-o", temp.File($"decisions-{k}.parquet")).ExitCode);
            Assert.Equal(0, CliHarness.Run("compare", "--reform", reform, shard, "--weight", "w", "--dataset", temp.File($"compare-{k}.parquet")).ExitCode);
        }

        using var db = new DuckDBConnection("Data Source=:memory:");
        db.Open();
        foreach (var (whole, shards) in new[] { ("whole.parquet", "decisions-*.parquet"), ("whole-compare.parquet", "compare-*.parquet") })
        {
            var single = Source(temp.File(whole));
            var combined = Source(temp.File(shards));
            Assert.Equal(lines.Length, Scalar(db, $"SELECT count(*) FROM {combined}"));
            Assert.Equal(0, Scalar(db, $"SELECT count(*) FROM (SELECT * FROM {combined} EXCEPT ALL SELECT * FROM {single})"));
            Assert.Equal(0, Scalar(db, $"SELECT count(*) FROM (SELECT * FROM {single} EXCEPT ALL SELECT * FROM {combined})"));
        }

        // The aggregate an analyst runs: the same from the shards as from the single run (the weight is a DOUBLE, whose
        // sums depend on the order they are added in: rounded to the cent).
        const string Aggregate = "SELECT region, count(*) AS cases, round(sum(w), 6) AS people, round(sum(w * oneTimePaymentCostRub), 2) AS cost FROM {0} GROUP BY region ORDER BY region";
        Assert.Equal(Rows(db, string.Format(System.Globalization.CultureInfo.InvariantCulture, Aggregate, Source(temp.File("whole.parquet")))),
            Rows(db, string.Format(System.Globalization.CultureInfo.InvariantCulture, Aggregate, Source(temp.File("decisions-*.parquet")))));
    }

    private static string Source(string path) => $"read_parquet('{path.Replace("'", "''", StringComparison.Ordinal)}')";

    private static long Scalar(DuckDBConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static List<string> Rows(DuckDBConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }

        Assert.NotEmpty(rows);
        return rows;
    }
}
