using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Bars.Policy.WebHost.Tests;

/// <summary>
/// The C# of the ASP.NET Core package's readme compiles against the package and ASP.NET Core, as a host would build
/// it (the library's own docs test skips this page: its test run has no ASP.NET Core).
/// </summary>
public sealed partial class AspNetCoreReadmeTests
{
    [Fact]
    public void Every_csharp_block_of_the_readme_compiles()
    {
        var blocks = CSharpBlock().Matches(File.ReadAllText(Repo.Path("docs", "aspnetcore-readme.md")).ReplaceLineEndings("\n")).Select(m => m.Groups["code"].Value).ToList();
        Assert.NotEmpty(blocks);

        // What the package's host sees: the .NET and ASP.NET Core libraries this run loads, the package, the library.
        _ = typeof(Bars.Policy.AspNetCore.BarsPolicyEndpoints);
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !Path.GetFileNameWithoutExtension(p).StartsWith("Bars.Policy.WebHost", StringComparison.OrdinalIgnoreCase))
            .Select(p => MetadataReference.CreateFromFile(p));
        var usings = CSharpSyntaxTree.ParseText("global using System; global using System.Linq; global using System.Threading.Tasks;");
        foreach (var (code, i) in blocks.Select((c, i) => (c, i)))
        {
            var compilation = CSharpCompilation.Create(
                "ReadmeCheck",
                [usings, CSharpSyntaxTree.ParseText(code, path: $"block {i + 1}")],
                references,
                new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
            var problems = compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()).ToList();
            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }
    }

    [GeneratedRegex(@"^```csharp[ \t]*\n(?<code>.*?)^```[ \t]*$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
