using System.Globalization;
using System.Text.Json.Serialization;

namespace Bars.Policy.Cli.Output;

/// <summary>
/// Where an output comes from, written into every output of <c>batch</c> and <c>compare</c>: the policies that decided
/// (library version and fingerprint of the baseline, and of the reform when there is one), the files read (name, size,
/// SHA-256), and the run's date. So a table found on a share months later says what made it.
/// </summary>
/// <param name="Baseline">The shipped policy that decided.</param>
/// <param name="Reform">The reform's policy, when a reform was read.</param>
/// <param name="ReformFile">The reform's file.</param>
/// <param name="Input">The cases read.</param>
/// <param name="RunAt">When the run started (UTC), or SOURCE_DATE_EPOCH when set, so a rerun can give the same bytes.</param>
internal sealed record RunProvenance(PolicyProvenance Baseline, PolicyProvenance? Reform, FileFingerprint? ReformFile, FileFingerprint? Input, [property: JsonIgnore] DateTimeOffset RunAt)
{
    /// <summary>The run's date as JSON writes it: ISO 8601 in UTC, to the second ("2026-12-02T17:13:01Z").</summary>
    [JsonPropertyName("runAt")]
    public string RunAtUtc => RunAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>The run's date: now, or the reproducible-builds convention's SOURCE_DATE_EPOCH (seconds since 1970) when set.</summary>
    /// <returns>The date, to the second, in UTC.</returns>
    public static DateTimeOffset Now()
    {
        if (long.TryParse(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            && seconds <= DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return DateTimeOffset.FromUnixTimeSeconds(seconds);
        }

        var now = DateTimeOffset.UtcNow;
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
    }

    /// <summary>The facts as name → text pairs, in a fixed order: Parquet's key-value metadata and the report's header.</summary>
    /// <returns>The pairs; a missing fact is left out.</returns>
    public IReadOnlyList<KeyValuePair<string, string>> Pairs()
    {
        var pairs = new List<KeyValuePair<string, string>>
        {
            new("bars.baseline.libraryVersion", Baseline.LibraryVersion),
            new("bars.baseline.fingerprint", Baseline.Fingerprint),
        };
        if (Reform is { } r)
        {
            pairs.Add(new("bars.reform.libraryVersion", r.LibraryVersion));
            pairs.Add(new("bars.reform.fingerprint", r.Fingerprint));
        }

        Add(pairs, "bars.reformFile", ReformFile);
        Add(pairs, "bars.input", Input);
        pairs.Add(new("bars.runAt", RunAtUtc));
        return pairs;
    }

    private static void Add(List<KeyValuePair<string, string>> pairs, string key, FileFingerprint? file)
    {
        if (file is null) return;
        pairs.Add(new($"{key}.name", file.Name));
        pairs.Add(new($"{key}.bytes", file.Bytes.ToString(CultureInfo.InvariantCulture)));
        pairs.Add(new($"{key}.sha256", file.Sha256));
    }
}
