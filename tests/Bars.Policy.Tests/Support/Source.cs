using System.Text.RegularExpressions;

namespace Bars.Policy.Tests.Support;

/// <summary>The source text, the claim ids of claims.md and its readings, as kept in docs/sources.</summary>
internal static partial class Source
{
    private static readonly Lazy<string> SourceText = new(() => File.ReadAllText(Repo.Path("docs", "sources", "bars-7x7-focus.txt")));
    private static readonly Lazy<string> ClaimsText = new(() => File.ReadAllText(Repo.Path("docs", "sources", "claims.md")));
    private static readonly Lazy<HashSet<string>> Ids = new(() => ClaimRow().Matches(ClaimsText.Value).Select(m => m.Groups[1].Value).ToHashSet());
    private static readonly Lazy<HashSet<string>> Readings = new(() => ReadingHead().Matches(ClaimsText.Value).Select(m => m.Groups[1].Value).ToHashSet());
    private static readonly Lazy<string> ClaimsWords = new(() => Spaces().Replace(ClaimsText.Value, " "));

    public static string Text => SourceText.Value;

    public static HashSet<string> ClaimIds => Ids.Value;

    /// <summary>The ids of claims.md's readings (I1…): findings cite them where the source has no words for a time answer.</summary>
    public static HashSet<string> ReadingIds => Readings.Value;

    /// <summary>Whether <paramref name="id"/> is a claim or a reading of claims.md.</summary>
    public static bool Cites(string id) => ClaimIds.Contains(id) || ReadingIds.Contains(id);

    /// <summary>Whether a finding's quote is its first citation's words: the source's for a claim, claims.md's (white space aside) for a reading.</summary>
    public static bool Quotes(Finding f) => ReadingIds.Contains(f.Claims[0])
        ? ClaimsWords.Value.Contains(Spaces().Replace(f.Quote, " "), StringComparison.Ordinal)
        : Text.Contains(f.Quote, StringComparison.Ordinal);

    [GeneratedRegex(@"^\| (C\d+) \|", RegexOptions.Multiline)]
    private static partial Regex ClaimRow();

    [GeneratedRegex(@"^- \*\*(I\d+)[ *]", RegexOptions.Multiline)]
    private static partial Regex ReadingHead();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
