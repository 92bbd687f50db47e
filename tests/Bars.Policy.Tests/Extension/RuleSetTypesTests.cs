using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Extension;

/// <summary>A rule set given as classes, an assembly that holds none, and what IsValid tells the compiler.</summary>
public sealed class RuleSetTypesTests
{
    [Fact]
    public void A_rule_set_given_as_types_adds_those_rules_and_no_other_of_their_assembly()
    {
        var engine = PolicyEngine.Create(o => o.AddRegion(HostRules.Testland).AddRuleSet(typeof(TestlandConvictsAreBarred), typeof(TestlandCombatVeteranStatus)));
        var names = engine.Describe().Rules.Select(r => r.Name).ToArray();
        Assert.Contains("Testland.ConvictsAreBarred", names);
        Assert.Contains("Testland.CombatVeteranStatus", names);
        Assert.DoesNotContain("Host.KurskWomenWithoutMedicalQualificationUnderReview", names);

        var convict = Cases.In(HostRules.Testland) with { Applicant = Cases.In(HostRules.Testland).Applicant! with { CriminalConviction = true } };
        Assert.Equal(EnlistmentOutcome.Ineligible, engine.Evaluate(convict).Enlistment!.Outcome);
    }

    [Fact]
    public void A_type_that_is_not_a_rule_class_is_refused_by_name()
    {
        var ex = Assert.Throws<PolicyConfigurationException>(() => PolicyEngine.Create(o => o.AddRuleSet(typeof(string))));
        Assert.Equal("'System.String' is not a rule class: AddRuleSet takes non-abstract classes deriving from NRules.Fluent.Dsl.Rule.", Assert.Single(ex.Failures));
    }

    [Fact]
    public void An_assembly_with_no_rule_classes_is_refused()
    {
        var ex = Assert.Throws<PolicyConfigurationException>(() => PolicyEngine.Create(o => o.AddRuleSet(typeof(Assert).Assembly)));
        var failure = Assert.Single(ex.Failures);
        Assert.StartsWith($"Assembly {typeof(Assert).Assembly.GetName().Name} has no rule classes", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void IsValid_tells_the_compiler_that_the_enlistment_and_the_service_are_there()
    {
        var decision = TestEngine.Instance.Evaluate(Cases.In(Regions.Bryansk));
        // This compiles without '!' (warnings are errors) only because IsValid says so with [MemberNotNullWhen].
        if (decision.IsValid)
        {
            Assert.Equal(EnlistmentOutcome.Eligible, decision.Enlistment.Outcome);
            Assert.NotEqual(ServicePhase.NoContract, decision.Service.Phase);
        }
        else
        {
            Assert.Fail(string.Join("; ", decision.Errors));
        }
    }
}
