using Bars.Policy.Reference;
using Bars.Policy.Tests.Sequential;

namespace Bars.Policy.Tests.Properties;

/// <summary>
/// The engine agrees with an independent plain C# reading of claims.md (tests/Bars.Policy.Reference, no NRules)
/// on every generated case: outcome, statuses, amounts, periods, reasons, phase — in both executions.
/// </summary>
public sealed class OracleProperties
{
    [PolicyProperty]
    public void The_engine_agrees_with_the_reference_implementation(CaseSpec s) => Agrees(ExecutionEngines.Shipped(PolicyExecution.Sequential), s);

    [PolicyProperty]
    public void The_engine_on_Rete_agrees_with_the_reference_implementation(CaseSpec s) => Agrees(ExecutionEngines.Shipped(PolicyExecution.Rete), s);

    private static void Agrees(PolicyEngine engine, CaseSpec s)
    {
        var c = s.ToCase();
        var d = engine.Evaluate(c);
        Assert.True(d.IsValid, string.Join("; ", d.Errors));
        var r = ReferencePolicy.Decide(c);

        Assert.Equal(r.Outcome, d.Enlistment!.Outcome);
        Assert.Equal(r.EnlistmentReason, d.Enlistment.UndeterminedReason);
        Same(r.MonthlyPay, d.Entitlement(EntitlementKind.MonthlyPay));
        Same(r.OneTimePayment, d.Entitlement(EntitlementKind.OneTimePayment));
        Same(r.InjuryCompensation, d.Entitlement(EntitlementKind.InjuryCompensation));
        Same(r.CombatVeteranStatus, d.Entitlement(EntitlementKind.CombatVeteranStatus));
        Same(r.FamilyPrivileges, d.Entitlement(EntitlementKind.FamilyPrivileges));
        Same(r.RetainPublicPosition, d.Entitlement(EntitlementKind.RetainPublicPosition));
        var repay = d.Obligation(ObligationKind.RepayOneTimePayment);
        Assert.Equal((r.Repay, r.RepayAmountRub, r.RepayReason), (repay.Status, repay.AmountRub, repay.UndeterminedReason));
        Assert.Equal((r.Phase, r.PhaseReason, r.TrainingEndsOn), (d.Service!.Phase, d.Service.UndeterminedReason, d.Service.TrainingEndsOn));
    }

    private static void Same(ReferenceEntitlement expected, EntitlementDecision actual) =>
        Assert.Equal(
            (actual.Kind, expected.Status, expected.AmountRub, expected.Period, expected.Reason),
            (actual.Kind, actual.Status, actual.AmountRub, actual.Period, actual.UndeterminedReason));
}
