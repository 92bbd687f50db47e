using System.Reflection;
using Bars.Policy.Engine.Anatomy;
using Bars.Policy.Rules;
using Bars.Policy.Tests.Extension;
using Bars.Policy.Tests.Support;
using NRules.RuleModel;

namespace Bars.Policy.Tests.Engine;

/// <summary>Each rule is read once, when the engine is built, into its anatomy; every question reads that.</summary>
public sealed class RuleAnatomyTests
{
    private static readonly PolicyEngine Hosted = PolicyEngine.Create(o => o
        .AddRegion(HostRules.Testland)
        .AddRuleSet(typeof(HostRules).Assembly)
        .DisableRule(Regions.Kursk, "Enlistment.KurskWomanWithoutMedicalQualification", "replaced by the host's review rule"));

    [Fact]
    public void Every_recording_method_of_Recorder_and_Decide_says_what_it_records()
    {
        // What a rule decides is read off the methods its action calls: a method that records must name its outcome,
        // by an entitlement or obligation kind among its arguments or by [Records], never by its name.
        var recording = typeof(Recorder).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Concat(typeof(Decide).GetMethods(BindingFlags.Public | BindingFlags.Static))
            .Where(m => m.ReturnType == typeof(void) && m.GetParameters().FirstOrDefault()?.ParameterType == typeof(IContext))
            .ToArray();
        Assert.True(recording.Length >= 25, $"{recording.Length} recording methods");
        foreach (var method in recording)
        {
            var namesAKind = method.GetParameters().Any(p => p.ParameterType == typeof(EntitlementKind) || p.ParameterType == typeof(ObligationKind));
            Assert.True(namesAKind || method.GetCustomAttribute<RecordsAttribute>() is not null, $"{method.DeclaringType!.Name}.{method.Name}");
        }
    }

    [Fact]
    public void Every_shipped_rule_records_an_outcome_its_anatomy_names()
    {
        // A rule whose action recorded only through a helper would name nothing here.
        Assert.All(TestEngine.Instance.Rules, r => Assert.NotEmpty(r.Outcomes));
        Assert.Equal(["every entitlement"], Rule(TestEngine.Instance, "Membership.NoContractNoEntitlements").Outcomes);
        Assert.Equal(["enlistment outcome"], Rule(TestEngine.Instance, "Enlistment.Outcome").Outcomes);
    }

    [Fact]
    public void A_host_rules_outcomes_come_from_what_its_action_calls()
    {
        Assert.Equal(["enlistment condition"], Rule(Hosted, "Testland.ConvictsAreBarred").Outcomes);
        Assert.Equal(["CombatVeteranStatus"], Rule(Hosted, "Testland.CombatVeteranStatus").Outcomes);
        Assert.Equal([HostRules.Testland], Rule(Hosted, "Testland.CombatVeteranStatus").Regions!);
        Assert.Null(Rule(Hosted, "Testland.CombatVeteranStatus").NotSequential);
    }

    [Fact]
    public void A_regions_rule_set_is_assembled_once_from_the_engines_rules_less_those_switched_off()
    {
        var kursk = Hosted.RulesIn(Regions.Kursk);

        Assert.Same(kursk, Hosted.RulesIn(Regions.Kursk));
        Assert.All(kursk, r => Assert.Contains(Hosted.Rules, s => ReferenceEquals(s, r)));
        Assert.DoesNotContain(kursk, r => r.Name == "Enlistment.KurskWomanWithoutMedicalQualification");
        Assert.Contains(Hosted.RulesIn(Regions.Belgorod), r => r.Name == "Enlistment.BelgorodWoman");
        Assert.DoesNotContain(kursk, r => r.Name == "Testland.ConvictsAreBarred");
        Assert.Contains(kursk, r => r.Name == "Host.KurskWomenWithoutMedicalQualificationUnderReview");
    }

    [Fact]
    public void The_comparisons_of_a_rule_name_the_field_and_how_it_turns()
    {
        var age = Rule(TestEngine.Instance, "Enlistment.AgeBelowMinimum").Comparisons;

        var comparison = Assert.Single(age);
        Assert.Equal((ComparisonKind.Field, "age", System.Linq.Expressions.ExpressionType.LessThan), (comparison.Kind, comparison.Field, comparison.Turn));
    }

    [Theory]
    [InlineData(PolicyExecution.Sequential)]
    [InlineData(PolicyExecution.Rete)]
    public void A_finding_points_at_the_anatomy_of_the_rule_that_made_it_in_both_executions(PolicyExecution execution)
    {
        // The parameters a decision lists as read come from the finding's own rule, not from its name looked up again.
        var engine = Sequential.ExecutionEngines.Shipped(execution);
        var decision = engine.Evaluate(Cases.In(Regions.Kursk, Cases.Man(), Cases.Contract(), Cases.OnDuty()));
        var findings = decision.Entitlements.SelectMany(e => e.Findings).Concat(decision.Enlistment!.Findings).ToArray();

        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Same(engine.RulesIn(Regions.Kursk).Single(r => r.Name == f.RuleId), f.Rule));
    }

    [Fact]
    public void A_findings_rule_is_not_part_of_its_value()
    {
        // The same case under two engines gives equal decisions although each engine's findings point at its own rules.
        var policyCase = Cases.In(Regions.Belgorod, Cases.Man(), Cases.Contract());
        var sequential = Sequential.ExecutionEngines.Shipped(PolicyExecution.Sequential).Evaluate(policyCase);
        var rete = Sequential.ExecutionEngines.Shipped(PolicyExecution.Rete).Evaluate(policyCase);

        Assert.NotSame(sequential.Enlistment!.Findings[0].Rule, rete.Enlistment!.Findings[0].Rule);
        Assert.Equal(sequential.Enlistment.Findings[0], rete.Enlistment.Findings[0]);
        Assert.Equal(sequential.Enlistment.Findings[0].GetHashCode(), rete.Enlistment.Findings[0].GetHashCode());
        Assert.Equal(sequential, rete);
    }

    private static RuleAnatomy Rule(PolicyEngine engine, string name) => engine.Rules.Single(r => r.Name == name);
}
