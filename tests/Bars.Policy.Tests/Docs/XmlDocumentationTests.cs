using System.Xml.Linq;
using Microsoft.CodeAnalysis;

namespace Bars.Policy.Tests.Docs;

/// <summary>
/// The XML documentation that ships beside Bars.Policy.dll documents exactly what a host can see, and every
/// public method says what its parameters are and what it returns.
/// </summary>
public sealed class XmlDocumentationTests
{
    private static readonly Lazy<Dictionary<string, XElement>> Members = new(() =>
        XDocument.Load(Path.ChangeExtension(LibraryCompilation.AssemblyPath, ".xml"))
            .Descendants("member")
            .ToDictionary(m => (string)m.Attribute("name")!, StringComparer.Ordinal));

    [Fact]
    public void No_internal_type_or_member_is_in_the_xml()
    {
        var compilation = LibraryCompilation.Create(OutputKind.DynamicallyLinkedLibrary);

        var hidden = Members.Value.Keys
            .Where(id => DocumentationCommentId.GetFirstSymbolForDeclarationId(id, compilation) is not { } symbol || !IsVisible(symbol))
            .ToList();

        Assert.Empty(hidden);
        Assert.DoesNotContain("T:Bars.Policy.Engine.CaseValidator", Members.Value.Keys);
        Assert.DoesNotContain(Members.Value.Keys, id => id.Contains("Bars.Policy.Rules.Citations", StringComparison.Ordinal));
        Assert.DoesNotContain(Members.Value.Keys, id => id.StartsWith("T:System.Text.RegularExpressions.Generated", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_public_type_and_member_written_in_source_is_in_the_xml()
    {
        var missing = Declared(LibraryCompilation.Library())
            .Where(s => s.GetDocumentationCommentId() is not { } id || !Members.Value.ContainsKey(id))
            .Select(s => s.ToDisplayString())
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Public_methods_document_each_parameter_and_what_they_return()
    {
        var gaps = new List<string>();
        var methods = Declared(LibraryCompilation.Library())
            .OfType<IMethodSymbol>()
            .ToList();
        Assert.NotEmpty(methods);
        foreach (var method in methods)
        {
            var doc = Members.Value[method.GetDocumentationCommentId()!];
            if (doc.Element("inheritdoc") is not null) continue;
            var documented = doc.Elements("param").Select(p => (string?)p.Attribute("name")).ToHashSet(StringComparer.Ordinal);
            gaps.AddRange(method.Parameters.Where(p => !documented.Contains(p.Name)).Select(p => $"{method.ToDisplayString()}: <param name=\"{p.Name}\">"));
            if (!method.ReturnsVoid && method.MethodKind != MethodKind.Constructor && doc.Element("returns") is null)
            {
                gaps.Add($"{method.ToDisplayString()}: <returns>");
            }
        }

        Assert.True(gaps.Count == 0, string.Join("\n", gaps));
    }

    // What the source declares for hosts: public and protected types and members, less what the compiler makes
    // (records' Equals, Deconstruct, <Clone>$ and the like, accessors, enum plumbing).
    private static IEnumerable<ISymbol> Declared(IAssemblySymbol library)
    {
        foreach (var type in Types(library.GlobalNamespace).Where(IsVisible))
        {
            yield return type;
            foreach (var member in type.GetMembers().Where(m => IsVisible(m) && m.CanBeReferencedByName || m is IMethodSymbol { MethodKind: MethodKind.Constructor }))
            {
                if (!IsVisible(member) || IsCompilerMade(member)) continue;
                if (member is IMethodSymbol { MethodKind: not (MethodKind.Ordinary or MethodKind.Constructor or MethodKind.UserDefinedOperator or MethodKind.Conversion) }) continue;
                if (member is IMethodSymbol { MethodKind: MethodKind.Constructor, Parameters: [var only] } && SymbolEqualityComparer.Default.Equals(only.Type, type)) continue;
                yield return member;
            }
        }
    }

    private static bool IsCompilerMade(ISymbol member) =>
        member.GetAttributes().Any(a => a.AttributeClass?.Name == "CompilerGeneratedAttribute")
        || member is IMethodSymbol { Name: "Equals" or "GetHashCode" or "ToString" or "Deconstruct" or "PrintMembers" or "op_Equality" or "op_Inequality" } m
            && m.ContainingType.IsRecord && !Documented(m)
        // A parameterless constructor without a doc comment is the implicit one (metadata does not say so).
        || member is IMethodSymbol { MethodKind: MethodKind.Constructor, Parameters.Length: 0 } && !Documented(member);

    private static bool Documented(ISymbol symbol) => symbol.GetDocumentationCommentId() is { } id && Members.Value.ContainsKey(id);

    private static IEnumerable<INamedTypeSymbol> Types(INamespaceSymbol ns)
    {
        foreach (var type in ns.GetTypeMembers())
        {
            yield return type;
            foreach (var nested in type.GetTypeMembers()) yield return nested;
        }

        foreach (var child in ns.GetNamespaceMembers())
        {
            foreach (var type in Types(child)) yield return type;
        }
    }

    private static bool IsVisible(ISymbol symbol)
    {
        for (var s = symbol; s is not null and not INamespaceSymbol; s = s.ContainingSymbol)
        {
            if (s.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal)) return false;
        }

        return true;
    }
}
