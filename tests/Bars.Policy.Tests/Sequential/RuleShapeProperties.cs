using System.Reflection;
using System.Runtime.Loader;
using Bars.Policy.Tests.Docs;
using Bars.Policy.Tests.Properties;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Bars.Policy.Tests.Sequential;

/// <summary>
/// The shapes the sequential plan supports beyond what the shipped rules use, proven against Rete on generated
/// cases: <c>Exists</c>, a <c>Not</c> that a later rule's insertion withdraws, conditions two rules share (NRules
/// evaluates a shared condition once and reaches the rule with more conditions first), rules of equal priority,
/// several actions in one rule, and a rule matching a host fact another rule inserts.
/// </summary>
public sealed class RuleShapeProperties
{
    private const string Region = "Shapeland";

    // Compiled here: the shapes would change the decisions of every test that loads this assembly as a rule set.
    private const string Rules = """
        using Bars.Policy;
        using Bars.Policy.Rules;
        using Bars.Policy.Rules.Facts;
        using NRules.Fluent.Dsl;

        namespace Shapes;

        public sealed class Marker(string caseId) { public string CaseId { get; } = caseId; }

        public static class Source
        {
            public static readonly SourceCitation Order = new("Shapeland order 1", "Shapes for tests.");
        }

        [AppliesTo("Shapeland")]
        [Name("Shapes.AnyEntitled")]
        public sealed class AnyEntitled : Rule
        {
            public override void Define()
            {
                CaseFacts c = null!;
                When().Match(() => c).Exists<EntitlementResult>(r => r.Status == EntitlementStatus.Entitled);
                Then().Do(ctx => Decide.Duties(ctx, Source.Order, new[] { "entitled" }, "Some entitlement is Entitled."));
            }
        }

        [AppliesTo("Shapeland")]
        [Name("Shapes.OfficialNotYetMember")]
        [Priority(-200)]
        public sealed class OfficialNotYetMember : Rule
        {
            public override void Define()
            {
                CaseFacts c = null!;
                When().Match(() => c, x => x.PublicOfficial).Not<Membership>(m => m.IsMember);
                Then().Do(ctx => Decide.Duties(ctx, Source.Order, new[] { "not a member" }, "An official who is not a member."));
            }
        }

        [AppliesTo("Shapeland")]
        [Name("Shapes.NoConviction")]
        public sealed class NoConviction : Rule
        {
            public override void Define()
            {
                CaseFacts c = null!;
                When().Match(() => c, x => !x.CriminalConviction);
                Then()
                    .Do(ctx => Decide.ConditionMet(ctx, Source.Order, "No conviction."))
                    .Do(ctx => ctx.Insert(new Marker(c.CaseId)));
            }
        }

        [AppliesTo("Shapeland")]
        [Name("Shapes.NoConvictionMan")]
        public sealed class NoConvictionMan : Rule
        {
            public override void Define()
            {
                CaseFacts c = null!;
                When().Match(() => c, x => !x.CriminalConviction, x => x.Sex == Sex.Male);
                Then().Do(ctx => Decide.ConditionMet(ctx, Source.Order, "No conviction, a man."));
            }
        }

        [AppliesTo("Shapeland")]
        [Name("Shapes.Marked")]
        [Priority(10)]
        public sealed class Marked : Rule
        {
            public override void Define()
            {
                Marker k = null!;
                When().Match(() => k).Not<Membership>();
                Then().Do(ctx => Decide.ConditionMet(ctx, Source.Order, $"Marked {k.CaseId}."));
            }
        }

        [AppliesTo("Shapeland")]
        [Name("Shapes.MarkedMember")]
        public sealed class MarkedMember : Rule
        {
            public override void Define()
            {
                Membership m = null!;
                When().Match(() => m, x => x.IsMember).Exists<Marker>();
                Then().Do(ctx => Decide.Duties(ctx, Source.Order, new[] { "marked member" }, "A marked member."));
            }
        }
        """;

    private static readonly Lazy<(PolicyEngine Sequential, PolicyEngine Rete)> Engines = new(() =>
    {
        var compilation = LibraryCompilation.Create(OutputKind.DynamicallyLinkedLibrary, CSharpSyntaxTree.ParseText(Rules))
            .WithAssemblyName("Bars.Policy.Tests.ShapeRuleSet");
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        image.Position = 0;
        var assembly = AssemblyLoadContext.Default.LoadFromStream(image);
        void Configure(PolicyEngineOptions o) => o.AddRegion(Region).AddRuleSet(assembly)
            .Parameters.Set(Region, Parameter.MonthlyPayRub, 10_000m, new DateOnly(2024, 6, 1), new SourceCitation("Shapeland order 2", "10,000 a month."));
        return (ExecutionEngines.Build(Configure, PolicyExecution.Sequential), ExecutionEngines.Build(Configure, PolicyExecution.Rete));
    });

    [PolicyProperty]
    public void Every_supported_shape_decides_as_on_Rete(CaseSpec s)
    {
        var (sequential, rete) = Engines.Value;
        var c = (s with { Region = Region }).ToCase();
        var expected = ExecutionEqualityProperties.Outcome(rete, c);
        Assert.True(expected == ExecutionEqualityProperties.Outcome(sequential, c), $"The executions differ on {PolicyJson.Write(c)}");
    }

    [Fact]
    public void The_region_runs_sequentially_and_every_shape_fires()
    {
        var (sequential, _) = Engines.Value;
        Assert.Equal((PolicyExecution.Sequential, (string?)null), (sequential.ExecutionOf(Region).Execution, sequential.ExecutionOf(Region).Reason));

        // An eligible man with a contract, and a convicted official: between them every shape fires at least once.
        var man = sequential.Evaluate(Support.Cases.In(Region, Support.Cases.Man(), Support.Cases.Contract(months: 12)));
        var official = sequential.Evaluate(Support.Cases.In(Region, Support.Cases.Man() with { PublicOfficial = true, CriminalConviction = true }));
        var fired = new[] { man, official }
            .SelectMany(d => d.Enlistment!.Findings.Concat(d.Service!.Findings))
            .Select(f => f.RuleId).Where(r => r.StartsWith("Shapes.", StringComparison.Ordinal)).ToHashSet();
        Assert.Equal(["Shapes.AnyEntitled", "Shapes.Marked", "Shapes.MarkedMember", "Shapes.NoConviction", "Shapes.NoConvictionMan", "Shapes.OfficialNotYetMember"], fired.Order(StringComparer.Ordinal));
    }
}
