using System.Text.RegularExpressions;
using Bars.Policy.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Bars.Policy.Tests.Docs;

/// <summary>
/// Every <c>```csharp</c> block of README.md and docs/ compiles against the library, as written. The convention:
/// a block is one whole file of a host project (its own usings; the SDK's implicit usings and nullable on, as in
/// <c>dotnet new console</c>); a block of statements compiles as a program together with the blocks of the same
/// page that only declare types, so a page can show a rule class in one block and register it in another. A block
/// meant for reading only, not compiling, is fenced <c>```text</c>.
/// </summary>
public sealed partial class DocSnippetTests
{
    // What `dotnet new console` puts in scope.
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    private static readonly CSharpParseOptions Parse = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);

    public static TheoryData<string, int> Blocks()
    {
        var data = new TheoryData<string, int>();
        foreach (var page in Pages())
        {
            for (var i = 0; i < Snippets(page).Count; i++) data.Add(page, i + 1);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void The_block_compiles(string page, int block)
    {
        var snippets = Snippets(page).Select((code, i) => CSharpSyntaxTree.ParseText(code, Parse, path: $"{page} block {i + 1}")).ToList();
        var tree = snippets[block - 1];
        var declarations = snippets.Where(t => t != tree && !HasStatements(t));
        var kind = HasStatements(tree) ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary;

        var compilation = LibraryCompilation.Create(kind, [CSharpSyntaxTree.ParseText(ImplicitUsings, Parse), tree, .. declarations]);

        var problems = compilation.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Location.SourceTree == tree)
            .Select(d => d.ToString())
            .ToList();
        Assert.True(problems.Count == 0, $"{page}, C# block {block}:\n{string.Join("\n", problems)}\n\n{tree}");
    }

    [Fact]
    public void The_docs_have_csharp_blocks_to_check()
    {
        Assert.Contains(Blocks(), row => (string)row[0] == "docs/extending.md");
        Assert.Contains(Blocks(), row => (string)row[0] == "README.md");
    }

    // The ASP.NET Core package's readme compiles in the web host's tests, which run on ASP.NET Core's shared
    // framework: this project must not (the CLI it starts as a child process would lose the assemblies it ships).
    internal const string AspNetCoreReadme = "docs/aspnetcore-readme.md";

    private static IEnumerable<string> Pages() =>
        new[] { "README.md" }.Concat(
            Directory.EnumerateFiles(Repo.Path("docs"), "*.md", SearchOption.AllDirectories)
                .Select(p => Path.GetRelativePath(Repo.Root, p).Replace('\\', '/'))
                .Where(p => p != AspNetCoreReadme)
                .Order(StringComparer.Ordinal));

    private static List<string> Snippets(string page) =>
        CSharpBlock().Matches(File.ReadAllText(Repo.Path(page)).ReplaceLineEndings("\n")).Select(m => m.Groups["code"].Value).ToList();

    private static bool HasStatements(SyntaxTree tree) => tree.GetRoot().DescendantNodes().OfType<GlobalStatementSyntax>().Any();

    [GeneratedRegex(@"^```csharp[ \t]*\n(?<code>.*?)^```[ \t]*$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
