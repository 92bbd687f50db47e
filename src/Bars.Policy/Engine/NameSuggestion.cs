namespace Bars.Policy.Engine;

/// <summary>
/// "Did you mean …?" for a name the configuration does not know: the known name that differs from it only by case
/// or white space, else the nearest within a few edits (one per four letters, from one to three; a swap of two
/// neighbours is one edit).
/// </summary>
internal static class NameSuggestion
{
    /// <summary>The suffix a failure ends with: <c> Did you mean 'Kursk'?</c>, or empty when no known name is near.</summary>
    public static string For(string name, IEnumerable<string> known) =>
        Nearest(name, known) is { } near ? $" Did you mean '{near}'?" : "";

    public static string? Nearest(string name, IEnumerable<string> known)
    {
        if (name.Length > 256) return null; // no name is that long: nothing to suggest, and nothing to copy
        var wanted = name.Trim().ToUpperInvariant();
        string? best = null;
        var bestDistance = Math.Clamp(wanted.Length / 4, 1, 3) + 1;
        foreach (var candidate in known)
        {
            if (string.Equals(candidate, name, StringComparison.Ordinal) || Math.Abs(candidate.Length - wanted.Length) >= bestDistance) continue;
            var distance = Distance(wanted, candidate.ToUpperInvariant());
            if (distance < bestDistance) (best, bestDistance) = (candidate, distance);
        }

        return best;
    }

    // The edit distance with swaps of neighbours (optimal string alignment), three rows.
    private static int Distance(string a, string b)
    {
        var before = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(previous[j - 1] + cost, Math.Min(previous[j] + 1, current[j - 1] + 1));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) current[j] = Math.Min(current[j], before[j - 2] + 1);
            }

            (before, previous, current) = (previous, current, before);
        }

        return previous[b.Length];
    }
}
