using System.Text.RegularExpressions;

namespace Bars.Policy.Tests.Support;

/// <summary>The source text and the claim ids of claims.md, as kept in docs/sources.</summary>
internal static partial class Source
{
    private static readonly Lazy<string> SourceText = new(() => File.ReadAllText(Repo.Path("docs", "sources", "bars-7x7-focus.txt")));
    private static readonly Lazy<HashSet<string>> Ids = new(() =>
        ClaimRow().Matches(File.ReadAllText(Repo.Path("docs", "sources", "claims.md"))).Select(m => m.Groups[1].Value).ToHashSet());

    public static string Text => SourceText.Value;

    public static HashSet<string> ClaimIds => Ids.Value;

    [GeneratedRegex(@"^\| (C\d+) \|", RegexOptions.Multiline)]
    private static partial Regex ClaimRow();
}
