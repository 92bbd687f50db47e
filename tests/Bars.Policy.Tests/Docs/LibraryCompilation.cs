using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Bars.Policy.Tests.Docs;

/// <summary>
/// Roslyn compilations against the built library and everything the test run loads (the .NET libraries, NRules,
/// Microsoft.Extensions.DependencyInjection): what a host project referencing the package would see.
/// </summary>
internal static class LibraryCompilation
{
    private static readonly Lazy<MetadataReference[]> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !Path.GetFileNameWithoutExtension(p).Equals("Bars.Policy.Tests", StringComparison.OrdinalIgnoreCase))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToArray());

    /// <summary>The built Bars.Policy.dll, beside the test binaries.</summary>
    public static string AssemblyPath => Path.Combine(AppContext.BaseDirectory, "Bars.Policy.dll");

    /// <summary>A compilation of <paramref name="trees"/>; its name is not one the library lets see its internals.</summary>
    public static CSharpCompilation Create(OutputKind kind, params SyntaxTree[] trees) =>
        CSharpCompilation.Create("DocsCheck", trees, References.Value, new CSharpCompilationOptions(kind, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>The library as a host sees it: public and protected symbols only.</summary>
    public static IAssemblySymbol Library()
    {
        var compilation = Create(OutputKind.DynamicallyLinkedLibrary);
        return compilation.SourceModule.ReferencedAssemblySymbols.Single(a => a.Name == "Bars.Policy");
    }
}
