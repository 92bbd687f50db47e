using System.Runtime.Loader;
using Bars.Policy.Tests.Docs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Bars.Policy.Tests.Explanation;

/// <summary>
/// A host engine for the explanations: a made-up region, Agedland, whose own rule bars applicants under 25 (a
/// threshold no shipped rule or parameter names, nor one next to it), and a Kursk monthly rate the host sets from 2025-01-01. The
/// answers must follow both, since nothing in the explanations is written per rule.
/// </summary>
internal static class ExplanationEngines
{
    public const string Agedland = "Agedland";

    public static readonly DateOnly KurskPayFrom = new(2025, 1, 1);

    public static readonly SourceCitation KurskPay = new("Kursk order 17/2025", "BARS-Kursk members are paid 50,000 roubles a month.");

    // Compiled here: a rule in this test assembly would change every test that loads it as a rule set.
    private const string Rules = """
        using Bars.Policy;
        using Bars.Policy.Rules;
        using Bars.Policy.Rules.Facts;
        using NRules.Fluent.Dsl;

        namespace Agedland;

        [AppliesTo("Agedland")]
        [Name("Agedland.UnderTwentyFive")]
        [Description("In Agedland, an applicant under 25 is Ineligible.")]
        [Tag("Agedland order 1")]
        public sealed class UnderTwentyFive : Rule
        {
            public static readonly SourceCitation Order1 = new("Agedland order 1", "Agedland enlists no one under 25.");

            public override void Define()
            {
                CaseFacts c = null!;
                When().Match(() => c, x => x.Age < 25);
                Then().Do(ctx => Decide.Ineligible(ctx, Order1, "Agedland enlists no one under 25."));
            }
        }
        """;

    private static readonly Lazy<PolicyEngine> Shared = new(() =>
    {
        var compilation = LibraryCompilation.Create(OutputKind.DynamicallyLinkedLibrary, CSharpSyntaxTree.ParseText(Rules))
            .WithAssemblyName("Bars.Policy.Tests.AgedlandRuleSet");
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        image.Position = 0;
        var assembly = AssemblyLoadContext.Default.LoadFromStream(image);
        return PolicyEngine.Create(o => o.AddRegion(Agedland).AddRuleSet(assembly)
            .Parameters.Set(Regions.Kursk, Parameter.MonthlyPayRub, 50_000m, KurskPayFrom, KurskPay));
    });

    public static PolicyEngine Host => Shared.Value;
}
