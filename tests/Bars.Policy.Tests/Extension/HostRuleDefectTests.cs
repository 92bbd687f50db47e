using Bars.Policy.Rules.Facts;
using Bars.Policy.Tests.Support;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Tests.Extension;

/// <summary>A host rule that throws is a programming error: <c>Evaluate</c> throws the library's own exception,
/// naming the rule, the case and the cause, whether the rule's action or one of its conditions threw.</summary>
public sealed class HostRuleDefectTests
{
    private static readonly Lazy<PolicyEngine> Engine = new(() =>
        PolicyEngine.Create(o => o.AddRegion(HostRules.Testland).AddRuleSet(typeof(DefectiveRules).Assembly)));

    [Fact]
    public void A_host_rule_whose_action_throws_fails_with_a_PolicyEvaluationException_naming_the_rule_the_case_and_the_cause()
    {
        var c = Cases.In(Regions.Bryansk) with { CaseId = DefectiveRules.ActionCaseId };
        Assert.True(Engine.Value.Evaluate(c with { CaseId = "another" }).IsValid);

        var error = Assert.Throws<PolicyEvaluationException>(() => Engine.Value.Evaluate(c));
        AssertNames(error, "Host.ThrowingAction", DefectiveRules.ActionCaseId, "Boom in an action.");
    }

    [Fact]
    public void The_same_holds_for_a_case_read_from_json()
    {
        var json = PolicyJson.Write(Cases.In(Regions.Bryansk) with { CaseId = DefectiveRules.ActionCaseId });

        var error = Assert.Throws<PolicyEvaluationException>(() => Engine.Value.EvaluateJson(json));
        AssertNames(error, "Host.ThrowingAction", DefectiveRules.ActionCaseId, "Boom in an action.");
    }

    [Fact]
    public void A_host_rule_whose_condition_throws_fails_naming_that_rule()
    {
        var c = Cases.In(Regions.Kursk) with { CaseId = DefectiveRules.ConditionCaseId };

        var error = Assert.Throws<PolicyEvaluationException>(() => Engine.Value.Evaluate(c));
        AssertNames(error, "Host.ThrowingCondition", DefectiveRules.ConditionCaseId, "Boom in a condition.");
    }

    [Fact]
    public void A_condition_that_throws_on_a_fact_another_rule_inserts_blames_the_condition_not_the_inserting_rule()
    {
        // The membership is inserted by the enlistment outcome rule's action; the host's condition on it throws.
        var c = Cases.In(Regions.Belgorod) with { CaseId = DefectiveRules.MembershipConditionCaseId };

        var error = Assert.Throws<PolicyEvaluationException>(() => Engine.Value.Evaluate(c));
        AssertNames(error, "Host.ThrowingMembershipCondition", DefectiveRules.MembershipConditionCaseId, "Boom in a condition on the membership.");
    }

    [Fact]
    public void A_rule_set_that_leaves_an_outcome_undecided_fails_naming_the_case_and_the_outcome()
    {
        var sheet = new DecisionSheet(new CaseFacts { CaseId = "incomplete", Region = Regions.Bryansk, AsOf = Cases.AsOf });

        var error = Assert.Throws<PolicyEvaluationException>(sheet.ToDecision);
        Assert.Equal(("incomplete", (string?)null), (error.CaseId, error.RuleName));
        Assert.Null(error.InnerException);
        Assert.Contains("No rule decided MonthlyPay", error.Message, StringComparison.Ordinal);
        Assert.Contains("'incomplete'", error.Message, StringComparison.Ordinal);
    }

    private static void AssertNames(PolicyEvaluationException error, string rule, string caseId, string cause)
    {
        Assert.Equal((rule, caseId), (error.RuleName, error.CaseId));
        Assert.Equal(cause, Assert.IsType<InvalidOperationException>(error.InnerException).Message);
        Assert.Contains($"'{rule}'", error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{caseId}'", error.Message, StringComparison.Ordinal);
        Assert.Contains(cause, error.Message, StringComparison.Ordinal);
    }
}

/// <summary>Host rules with a defect, each triggered by one test case only (the test assembly is a rule set other
/// tests load as well).</summary>
public static class DefectiveRules
{
    public const string ActionCaseId = "defect-action";
    public const string ConditionCaseId = "defect-condition";
    public const string MembershipConditionCaseId = "defect-membership-condition";

    /// <summary>The host's bug: throws wherever it is called.</summary>
    public static bool Boom(string where) => throw new InvalidOperationException($"Boom in {where}.");
}

/// <summary>An action that throws.</summary>
[Name("Host.ThrowingAction")]
[Description("The test case for a throwing action makes the action throw.")]
[Tag("Defect order 1")]
public sealed class ThrowingAction : Rule
{
    public override void Define()
    {
        CaseFacts c = null!;
        When().Match(() => c, x => x.CaseId == DefectiveRules.ActionCaseId);
        Then().Do(ctx => DefectiveRules.Boom("an action"));
    }
}

/// <summary>A condition on the case that throws.</summary>
[Name("Host.ThrowingCondition")]
[Description("The test case for a throwing condition makes the condition throw.")]
[Tag("Defect order 1")]
public sealed class ThrowingCondition : Rule
{
    public override void Define()
    {
        CaseFacts c = null!;
        When().Match(() => c, x => x.CaseId == DefectiveRules.ConditionCaseId, x => DefectiveRules.Boom("a condition"));
        Then().Do(ctx => DefectiveRules.Boom("an action that never runs"));
    }
}

/// <summary>A condition on the membership (a fact a shipped rule's action inserts) that throws.</summary>
[Name("Host.ThrowingMembershipCondition")]
[Description("The test case for a throwing condition on the membership makes the condition throw.")]
[Tag("Defect order 1")]
public sealed class ThrowingMembershipCondition : Rule
{
    public override void Define()
    {
        Membership m = null!;
        When().Match(() => m, x => x.Case.CaseId == DefectiveRules.MembershipConditionCaseId, x => DefectiveRules.Boom("a condition on the membership"));
        Then().Do(ctx => DefectiveRules.Boom("an action that never runs"));
    }
}
