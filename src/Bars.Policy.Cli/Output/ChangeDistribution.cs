using System.Text.Json.Nodes;

namespace Bars.Policy.Cli.Output;

/// <summary>
/// How many cases lose or gain how much: each compared case in one bin of its total cost's change (after − before,
/// <see cref="CaseComparison.CostBeforeRub"/>), by region. The bins' edges (10 k, 100 k, 1 m RUB) are presentation,
/// chosen to read at a glance; they are no amount of the policy. A case whose total is Undetermined before or after
/// has its own bin (its change is not known, so it is not guessed), as has a case without a contract (no cost).
/// The bins of a region sum to its compared cases.
/// </summary>
internal sealed class ChangeDistribution
{
    /// <summary>Each bin's key (the summary JSON's) and its label (the tables'), from the largest loss to the largest gain.</summary>
    public static readonly (string Key, string Label)[] Bins =
    [
        ("lose1mOrMore", "lose ≥ 1 m"), ("lose100kTo1m", "lose 100 k – 1 m"), ("lose10kTo100k", "lose 10 k – 100 k"), ("loseUnder10k", "lose < 10 k"),
        ("noChange", "no change"),
        ("gainUnder10k", "gain < 10 k"), ("gain10kTo100k", "gain 10 k – 100 k"), ("gain100kTo1m", "gain 100 k – 1 m"), ("gain1mOrMore", "gain ≥ 1 m"),
        ("undetermined", "undetermined"), ("noContract", "no contract"),
    ];

    private const int NoChange = 4, Undetermined = 9, NoContract = 10;

    private readonly Dictionary<string, Heard> heard = new(StringComparer.Ordinal);

    /// <summary>Counts a case the comparison says changed (the library tells only those).</summary>
    /// <param name="c">The changed case.</param>
    public void Hear(CaseComparison c)
    {
        var region = c.Region ?? "";
        if (!heard.TryGetValue(region, out var h)) heard.Add(region, h = new Heard());
        h.Counts[BinOf(c)]++;
        if (c.Cost != CostChange.NoContract && c.UndeterminedBefore.Count > 0) h.UndeterminedBefore++;
    }

    /// <summary>Each region's bins and all regions', the unchanged cases added.</summary>
    /// <param name="result">The comparison the changed cases came from.</param>
    /// <returns>Region (null for all) and its counts, in <see cref="Bins"/>' order.</returns>
    public IReadOnlyList<(string? Region, long[] Counts)> Rows(PolicyComparison result)
    {
        var rows = new List<(string?, long[])>();
        var all = new long[Bins.Length];
        foreach (var r in result.ByRegion)
        {
            var h = heard.GetValueOrDefault(r.Region) ?? new Heard();
            var counts = (long[])h.Counts.Clone();

            // A case not heard changed no outcome and its measured cost did not move, nor did any part become
            // (un)determined: it has no contract, or the same parts Undetermined on both sides (its total unknown),
            // or none (its change is 0). The region's totals count each kind of case, heard or not.
            var withContract = r.Cases - r.Cost.CasesWithoutContract;
            var heardWithContract = counts.Sum() - counts[NoContract];
            var unknown = r.Cost.UndeterminedBefore - h.UndeterminedBefore;
            counts[NoContract] += r.Cost.CasesWithoutContract - counts[NoContract];
            counts[Undetermined] += unknown;
            counts[NoChange] += withContract - heardWithContract - unknown;
            for (var i = 0; i < all.Length; i++) all[i] += counts[i];
            rows.Add((r.Region, counts));
        }

        rows.Add((null, all));
        return rows;
    }

    /// <summary>The rows as the summary JSON's <c>changeDistribution</c>.</summary>
    /// <param name="rows">The rows of <see cref="Rows"/>.</param>
    /// <returns>The object.</returns>
    public static JsonObject Json(IReadOnlyList<(string? Region, long[] Counts)> rows)
    {
        JsonObject Row((string? Region, long[] Counts) row)
        {
            var o = new JsonObject();
            if (row.Region is not null) o["region"] = row.Region;
            for (var i = 0; i < Bins.Length; i++) o[Bins[i].Key] = row.Counts[i];
            return o;
        }

        return new JsonObject
        {
            ["note"] = Note,
            ["byRegion"] = new JsonArray(rows.Where(r => r.Region is not null).Select(r => (JsonNode)Row(r)).ToArray()),
            ["total"] = Row(rows[^1]),
        };
    }

    /// <summary>What the bins are, said once for the JSON, the Markdown and the report.</summary>
    public const string Note =
        "Cases by the change in their total cost (after − before, RUB; lose: the member receives less). The edges 10 k, 100 k and 1 m are for reading, not amounts of the policy. "
        + "A case whose total is Undetermined before or after is counted as undetermined, not guessed; a case without a contract has no cost.";

    private static int BinOf(CaseComparison c)
    {
        if (c.Cost == CostChange.NoContract) return NoContract;
        if (c.CostBeforeRub is not { } before || c.CostAfterRub is not { } after) return Undetermined;
        var change = after - before;
        var size = Math.Abs(change);
        var step = size >= 1_000_000m ? 0 : size >= 100_000m ? 1 : size >= 10_000m ? 2 : 3;
        return change < 0 ? step : change > 0 ? 8 - step : NoChange;
    }

    private sealed class Heard
    {
        public long[] Counts { get; } = new long[Bins.Length];

        public long UndeterminedBefore { get; set; }
    }
}
