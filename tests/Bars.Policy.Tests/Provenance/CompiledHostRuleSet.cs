using System.Reflection;
using Bars.Policy.Tests.Docs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Bars.Policy.Tests.Provenance;

/// <summary>
/// A host's rule set compiled at test time into its own assembly, as a host project would ship it: this test
/// assembly is itself a rule set that many engines add, so a rule for one test's region is compiled apart.
/// </summary>
internal static class CompiledHostRuleSet
{
    public const string Region = "Paramland";

    public static readonly SourceCitation Order = new("Paramland order 4", "Paramland members are paid the monthly rate of the Paramland order.");

    // Paramland pays its monthly rate by a rule of its own, which reads MonthlyPayRub in its condition and its action.
    private const string Source = """
        using Bars.Policy;
        using Bars.Policy.Rules;
        using Bars.Policy.Rules.Facts;
        using NRules.Fluent.Dsl;

        namespace Paramland;

        [AppliesTo("Paramland")]
        [Name("Paramland.MonthlyPay")]
        [Description("Paramland members earn the monthly rate of the Paramland order.")]
        [Tag("Paramland order 4")]
        public sealed class ParamlandMonthlyPay : Rule
        {
            public static readonly SourceCitation Order = new("Paramland order 4", "Paramland members are paid the monthly rate of the Paramland order.");

            public override void Define()
            {
                Membership m = null!;
                When().Match(() => m, x => x.IsMember, x => x.Case.ValueOf(Parameter.MonthlyPayRub) != null);
                Then().Do(ctx => Decide.Entitled(ctx, EntitlementKind.MonthlyPay, m.Case.ValueOf(Parameter.MonthlyPayRub), PaymentPeriod.Month, Order,
                    "Paramland pays its members the order's monthly rate."));
            }
        }
        """;

    private static readonly Lazy<Assembly> Compiled = new(() =>
    {
        var compilation = LibraryCompilation.Create(OutputKind.DynamicallyLinkedLibrary, CSharpSyntaxTree.ParseText(Source))
            .WithAssemblyName("Paramland.Rules");
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return Assembly.Load(image.ToArray());
    });

    /// <summary>The host's rules.</summary>
    public static Assembly Assembly => Compiled.Value;

    /// <summary>Paramland with its rule (in place of the shipped monthly rate rule) and its monthly rate from 2025-01-01.</summary>
    public static void Configure(PolicyEngineOptions o) => o
        .AddRegion(Region)
        .AddRuleSet(Assembly)
        .DisableRule(Region, "Payment.MonthlyPayAtRegionalRate", "Paramland pays by its own rule.")
        .Parameters.Set(Region, Parameter.MonthlyPayRub, 45_000m, new DateOnly(2025, 1, 1), Order);
}
