using System.Reflection;
using Bars.Policy.Tests.Docs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Bars.Policy.Tests.Verification;

/// <summary>
/// A host rule-set assembly compiled from C# source at test time. The rules of these tests clash, throw or never
/// fire on purpose; written in this test assembly (itself a host rule set other tests load) they would be refused or
/// reported for every test that adds it.
/// </summary>
internal static class CompiledRuleSet
{
    private static int count;

    /// <summary>An assembly of the rules in <paramref name="source"/> (usings for the library and NRules are given),
    /// named <paramref name="name"/> or a name of its own.</summary>
    public static Assembly From(string source, string? name = null)
    {
        const string usings = "using System;\nusing Bars.Policy;\nusing Bars.Policy.Rules;\nusing Bars.Policy.Rules.Facts;\nusing NRules.Fluent.Dsl;\n";
        name ??= $"VerifiedRuleSet{Interlocked.Increment(ref count)}";
        var compilation = LibraryCompilation.Create(OutputKind.DynamicallyLinkedLibrary, CSharpSyntaxTree.ParseText(usings + source)).WithAssemblyName(name);
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return Assembly.Load(image.ToArray());
    }
}
