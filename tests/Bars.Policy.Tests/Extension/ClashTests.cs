using Bars.Policy.Rules;
using Bars.Policy.Rules.Facts;
using Bars.Policy.Tests.Support;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Tests.Extension;

/// <summary>A decision is recorded once: a second rule deciding the same outcome is a clash, named by both rules.</summary>
public sealed class ClashTests
{
    [Fact]
    public void A_host_rule_that_decides_an_outcome_a_shipped_rule_decides_too_is_refused_naming_both()
    {
        var engine = PolicyEngine.Create(o => o.AddRegion(HostRules.Testland).AddRuleSet(typeof(ClashRules).Assembly));

        // In Bryansk the shipped rule pays an annual contract; the host rule pays the case it is written for too.
        var c = Cases.In(Regions.Bryansk, contract: Cases.Contract(months: 12)) with { CaseId = ClashRules.CaseId };
        Assert.True(engine.Evaluate(c with { CaseId = "another" }).IsValid);
        var error = Assert.Throws<PolicyEvaluationException>(() => engine.Evaluate(c));
        var messages = string.Join(" | ", Chain(error).Select(e => e.Message));
        Assert.Contains("'Payment.OneTimePaymentAnnualContract'", messages, StringComparison.Ordinal);
        Assert.Contains("'Host.ClashingOneTimePayment'", messages, StringComparison.Ordinal);
        Assert.Contains("both decided OneTimePayment", messages, StringComparison.Ordinal);

        // The library's own exception: the rule whose decision found the outcome taken (the host rule, matching the
        // membership alone, fires first; the shipped one, which reads the contract's length too, second), the case,
        // and the clash as the cause.
        Assert.Equal(("Payment.OneTimePaymentAnnualContract", ClashRules.CaseId), (error.RuleName, error.CaseId));
        var clash = Assert.IsType<InvalidOperationException>(error.InnerException);
        Assert.Contains("both decided OneTimePayment", clash.Message, StringComparison.Ordinal);
        Assert.Contains(clash.Message, error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{ClashRules.CaseId}'", error.Message, StringComparison.Ordinal);
    }

    private static IEnumerable<Exception> Chain(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException) yield return x;
    }
}

/// <summary>A host rule that decides the one-time payment the shipped rule decides too, for one test case only (the
/// test assembly is a rule set other tests load as well).</summary>
public static class ClashRules
{
    public const string CaseId = "clash";

    public static readonly SourceCitation Order = new("Clash order 1", "The member receives a one-time payment.");
}

/// <summary>Pays the one test case a one-time payment, beside the shipped annual-contract rule: a clash.</summary>
[Name("Host.ClashingOneTimePayment")]
[Description("The test case for clashes receives a one-time payment.")]
[Tag("Clash order 1")]
public sealed class ClashingOneTimePayment : Rule
{
    public override void Define()
    {
        Membership m = null!;
        When().Match(() => m, x => x.IsMember, x => x.Case.CaseId == ClashRules.CaseId);
        Then().Do(ctx => Decide.Entitled(ctx, EntitlementKind.OneTimePayment, 5m, PaymentPeriod.Once, ClashRules.Order, "Pays the test case."));
    }
}
