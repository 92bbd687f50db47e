using System.Text;
using System.Text.RegularExpressions;
using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Docs;

/// <summary>
/// Every relative link of README.md and docs/ points to a file or folder of the repository, and an anchor
/// (<c>page.md#heading</c>, <c>#heading</c>) to a heading of that page, by GitHub's rule for a heading's id.
/// Links inside code (fenced blocks, inline code) are not links. Links with a scheme (https:, mailto:) are not checked.
/// </summary>
public sealed partial class LinkTests
{
    public static TheoryData<string> Pages()
    {
        var data = new TheoryData<string>();
        foreach (var page in AllPages()) data.Add(page);
        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_relative_link_points_to_a_file_of_the_repository(string page)
    {
        var broken = new List<string>();
        foreach (var target in Links(Prose(Read(page))))
        {
            if (Scheme().IsMatch(target)) continue;
            var hash = target.IndexOf('#', StringComparison.Ordinal);
            var file = Uri.UnescapeDataString(hash < 0 ? target : target[..hash]);
            var anchor = hash < 0 ? null : target[(hash + 1)..];

            var path = file.Length == 0
                ? Repo.Path(page)
                : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Repo.Path(page))!, file));
            if (!path.StartsWith(Repo.Root, StringComparison.Ordinal) || (!File.Exists(path) && !Directory.Exists(path)))
            {
                broken.Add($"{target}: no such file in the repository");
                continue;
            }

            if (anchor is { Length: > 0 } && path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !Anchors(File.ReadAllText(path)).Contains(anchor))
                broken.Add($"{target}: no heading #{anchor} in {Path.GetRelativePath(Repo.Root, path).Replace('\\', '/')}");
        }

        Assert.True(broken.Count == 0, $"{page}:\n{string.Join("\n", broken)}");
    }

    [Fact]
    public void The_pages_include_the_readme_and_the_docs()
    {
        Assert.Contains("README.md", AllPages());
        Assert.Contains("docs/cli.md", AllPages());
        Assert.Contains("docs/samples/WebHost/README.md", AllPages());
    }

    [Fact]
    public void A_heading_id_follows_GitHub()
    {
        var ids = Anchors("# The CLI (`bars-policy`)\n## Time: what a decision means on its date (I6–I13)\n## Analysts' outputs\n## Analysts' outputs\n```bash\n# not a heading\n```\n");
        Assert.Equal(
            new HashSet<string>(["the-cli-bars-policy", "time-what-a-decision-means-on-its-date-i6i13", "analysts-outputs", "analysts-outputs-1"]),
            ids);
    }

    private static List<string> AllPages() =>
        new[] { "README.md" }.Concat(
            Directory.EnumerateFiles(Repo.Path("docs"), "*.md", SearchOption.AllDirectories)
                .Select(p => Path.GetRelativePath(Repo.Root, p).Replace('\\', '/'))
                .Where(p => !p.Contains("/bin/", StringComparison.Ordinal) && !p.Contains("/obj/", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal))
            .ToList();

    private static string Read(string page) => File.ReadAllText(Repo.Path(page)).ReplaceLineEndings("\n");

    // The page without its fenced code blocks (and, for links, without inline code): prose, headings and links.
    private static string Prose(string text, bool keepInlineCode = false)
    {
        var prose = new StringBuilder();
        var fenced = false;
        foreach (var line in text.Split('\n'))
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                fenced = !fenced;
                continue;
            }

            if (!fenced) prose.Append(keepInlineCode ? line : InlineCode().Replace(line, "")).Append('\n');
        }

        return prose.ToString();
    }

    private static IEnumerable<string> Links(string prose) => Link().Matches(prose).Select(m => m.Groups["target"].Value);

    // The ids GitHub gives a page's headings: lower case, punctuation dropped, spaces to hyphens, repeats numbered.
    private static HashSet<string> Anchors(string page)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match heading in Heading().Matches(Prose(page.ReplaceLineEndings("\n"), keepInlineCode: true)))
        {
            var text = Link().Replace(heading.Groups["text"].Value, m => m.Groups["label"].Value).Replace("`", "", StringComparison.Ordinal);
            var id = NotInId().Replace(text.Trim().ToLowerInvariant(), "").Replace(' ', '-');
            var unique = id;
            for (var n = 1; !ids.Add(unique); n++) unique = $"{id}-{n}";
        }

        return ids;
    }

    [GeneratedRegex(@"^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex Scheme();

    [GeneratedRegex(@"(`+)(?!`).*?(?<!`)\1(?!`)")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"\[(?<label>[^\]]*)\]\((?<target>[^)\s]+)(?:\s+""[^""]*"")?\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"^#{1,6}[ \t]+(?<text>.+?)[ \t#]*$", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"[^\p{L}\p{Nd}\p{Mn}\p{Pc} -]")]
    private static partial Regex NotInId();
}
