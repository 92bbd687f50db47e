using Bars.Policy.Engine.Anatomy;
using Bars.Policy.Engine.Sequential;
using Bars.Policy.Tests.Extension;
using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Compiled;

/// <summary>
/// The shipped rules compiled with the library (issue 24): the file is what the rules write today, every shipped
/// condition and action is in it and is what the plan runs, and a rule changed since is run from its expression.
/// </summary>
public sealed class CompiledRulesTests
{
    [Fact]
    public void The_compiled_rules_are_what_the_rules_write_today()
    {
        var (text, _) = CompiledRulesSource.Write(TestEngine.Instance);
        var path = Repo.Path(CompiledRulesSource.RelativePath.Split('/'));
        if (Environment.GetEnvironmentVariable(CompiledRulesSource.Rewrite) == "1")
        {
            File.WriteAllText(path, text);
            return;
        }

        Assert.True(
            File.ReadAllText(path) == text,
            $"{CompiledRulesSource.RelativePath} is not what the shipped rules write today: rewrite it with {CompiledRulesSource.Rewrite}=1 dotnet test tests/Bars.Policy.Tests --filter CompiledRulesTests");
    }

    [Fact]
    public void Every_shipped_condition_and_action_is_written_as_CSharp()
    {
        var (_, unwritten) = CompiledRulesSource.Write(TestEngine.Instance);
        Assert.True(unwritten.Count == 0, string.Join("\n", unwritten));
    }

    [Fact]
    public void Every_shipped_region_runs_the_compiled_rules_alone()
    {
        var engine = PolicyEngine.CreateDefault();
        Assert.All(engine.Regions, r => Assert.Empty(engine.PlanOf(r)!.FromExpressions));
    }

    [Fact]
    public void Without_the_compiled_rules_every_rule_runs_from_its_expressions()
    {
        var engine = PolicyEngine.Create(new PolicyEngineOptions { UseCompiledRules = false });
        Assert.All(engine.Regions, r => Assert.Equal(engine.RulesIn(r).Select(x => x.Name).Order(), engine.PlanOf(r)!.FromExpressions.Order()));
    }

    [Fact]
    public void A_hosts_rules_run_from_their_expressions_and_the_shipped_ones_compiled_beside_them()
    {
        var engine = PolicyEngine.Create(o => o.AddRegion(HostRules.Testland).AddRuleSet(typeof(HostRules).Assembly));
        foreach (var region in engine.Regions)
        {
            var hosts = engine.RulesIn(region).Where(r => r.RuleType.Assembly == typeof(HostRules).Assembly).Select(r => r.Name).Order().ToArray();
            Assert.Equal(hosts, engine.PlanOf(region)!.FromExpressions.Order());
        }

        Assert.NotEmpty(engine.PlanOf(HostRules.Testland)!.FromExpressions);
    }

    [Fact]
    public void A_shipped_rule_changed_since_its_CSharp_was_written_runs_from_its_expression()
    {
        // The shipped rule as written today, and "the same rule" (its name and class) with another rule's expressions.
        var shipped = TestEngine.Instance.Rules.Single(r => r.Name == "Payment.MonthlyPayAtRegionalRate");
        var other = TestEngine.Instance.Rules.Single(r => r.Name == "Payment.MonthlyPayOutsideMembership");
        var changed = RuleAnatomy.Read(new Renamed(other.Definition, shipped.Name), shipped.RuleType, shipped.Regions);
        Assert.Equal(shipped.Name, changed.Name);
        Assert.NotEqual(shipped.Written[0], changed.Written[0]);

        Assert.NotNull(CompiledRules.Condition([shipped], shipped.Expressions[0]));
        Assert.NotNull(CompiledRules.Action(shipped, shipped.Expressions[^1]));
        Assert.Null(CompiledRules.Condition([changed], changed.Expressions[0]));
        Assert.Null(CompiledRules.Action(changed, changed.Expressions[^1]));

        // Written alike, but not a shipped class: a host's rule that took a shipped name never runs the shipped C#.
        var lookalike = RuleAnatomy.Read(shipped.Definition, typeof(CompiledRulesTests), shipped.Regions);
        Assert.Null(CompiledRules.Condition([lookalike], lookalike.Expressions[0]));
    }

    /// <summary>A rule definition under another name.</summary>
    private sealed class Renamed(NRules.RuleModel.IRuleDefinition rule, string name) : NRules.RuleModel.IRuleDefinition
    {
        public string Name => name;

        public string Description => rule.Description;

        public int Priority => rule.Priority;

        public NRules.RuleModel.RuleRepeatability Repeatability => rule.Repeatability;

        public IReadOnlyList<string> Tags => rule.Tags;

        public NRules.RuleModel.PropertyMap Properties => rule.Properties;

        public NRules.RuleModel.DependencyGroupElement DependencyGroup => rule.DependencyGroup;

        public NRules.RuleModel.FilterGroupElement FilterGroup => rule.FilterGroup;

        public NRules.RuleModel.GroupElement LeftHandSide => rule.LeftHandSide;

        public NRules.RuleModel.ActionGroupElement RightHandSide => rule.RightHandSide;
    }
}
