using System.Reflection;
using System.Runtime.Loader;
using Bars.Policy.Tests.Docs;
using Bars.Policy.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Bars.Policy.Tests.Sequential;

/// <summary>A region whose rules have a shape the sequential execution does not support runs on Rete, says why, and
/// decides as before; the other regions stay sequential.</summary>
public sealed class FallbackTests
{
    // Compiled here, not written in this assembly: every test that loads this assembly as a rule set would fall back.
    private const string JoinRule = """
        using Bars.Policy;
        using Bars.Policy.Rules;
        using NRules.Fluent.Dsl;

        namespace Host;

        public sealed class Joined { public string CaseId { get; set; } = ""; }

        [AppliesTo("Bryansk")]
        [Name("Host.JoinedRule")]
        public sealed class JoinedRule : Rule
        {
            public override void Define()
            {
                Joined j = null!;
                When().Match(() => j).Match<Joined>(k => k.CaseId == j.CaseId);
                Then().Do(ctx => ctx.Insert(new Joined()));
            }
        }

        [AppliesTo("Kursk")]
        [Name("Host.RetractingRule")]
        public sealed class RetractingRule : Rule
        {
            public override void Define()
            {
                Joined j = null!;
                When().Match(() => j);
                Then().Do(ctx => ctx.Retract(j));
            }
        }
        """;

    internal static readonly Lazy<Assembly> Emitted = new(() =>
    {
        var compilation = LibraryCompilation.Create(OutputKind.DynamicallyLinkedLibrary, CSharpSyntaxTree.ParseText(JoinRule))
            .WithAssemblyName("Bars.Policy.Tests.JoinRuleSet");
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        image.Position = 0;
        return AssemblyLoadContext.Default.LoadFromStream(image);
    });

    [Fact]
    public void A_rule_the_sequential_execution_cannot_run_is_a_configuration_failure_naming_the_rule_and_its_shape()
    {
        var failure = Assert.Throws<PolicyConfigurationException>(() => PolicyEngine.Create(o => o.AddRuleSet(Emitted.Value)));

        Assert.Equal(2, failure.Failures.Count);
        Assert.Contains(failure.Failures, f => f.StartsWith("Rule 'Host.JoinedRule' cannot run in sequence: it matches more than one fact (a join).", StringComparison.Ordinal) && f.Contains("FallBackToRete = true", StringComparison.Ordinal));
        Assert.Contains(failure.Failures, f => f.StartsWith("Rule 'Host.RetractingRule' cannot run in sequence: an action calls IContext.Retract.", StringComparison.Ordinal));
    }

    [Fact]
    public void Rules_the_sequential_execution_cannot_run_are_accepted_when_every_region_runs_on_Rete()
    {
        var engine = PolicyEngine.Create(o => { o.AddRuleSet(Emitted.Value); o.Execution = PolicyExecution.Rete; });

        Assert.All(engine.Regions, r => Assert.Equal(PolicyExecution.Rete, engine.ExecutionOf(r).Execution));
    }

    [Fact]
    public void A_region_with_a_join_or_a_retracting_action_runs_on_Rete_and_says_why()
    {
        var engine = PolicyEngine.Create(o => { o.AddRuleSet(Emitted.Value); o.FallBackToRete = true; });

        var bryansk = engine.ExecutionOf(Regions.Bryansk);
        Assert.Equal(PolicyExecution.Rete, bryansk.Execution);
        Assert.Equal("Rule 'Host.JoinedRule': it matches more than one fact (a join).", bryansk.Reason);
        var kursk = engine.ExecutionOf(Regions.Kursk);
        Assert.Equal(PolicyExecution.Rete, kursk.Execution);
        Assert.Equal("Rule 'Host.RetractingRule': an action calls IContext.Retract.", kursk.Reason);
        Assert.Equal((PolicyExecution.Sequential, (string?)null), (engine.ExecutionOf(Regions.Belgorod).Execution, engine.ExecutionOf(Regions.Belgorod).Reason));

        var c = Cases.In(Regions.Bryansk, contract: Cases.Contract(months: 12));
        Assert.Equal(WithoutPolicy.Json(TestEngine.Evaluate(c)), WithoutPolicy.Json(engine.Evaluate(c))); // the host rules make it another policy
        Assert.NotEqual(TestEngine.Instance.Policy, engine.Policy);
        Assert.Contains(engine.Describe().Executions, e => e.Region == Regions.Bryansk && e.Execution == PolicyExecution.Rete && e.Reason == bryansk.Reason);
    }

    [Fact]
    public void An_unknown_region_has_no_execution()
    {
        Assert.Throws<ArgumentException>(() => TestEngine.Instance.ExecutionOf("Atlantis"));
    }
}
