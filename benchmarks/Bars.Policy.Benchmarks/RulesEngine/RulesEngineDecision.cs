namespace Bars.Policy.Benchmarks.RulesEngineEncoding;

/// <summary>
/// What the RulesEngine encoding decides for one valid case: the outcomes of the decision before the time readings
/// (I6–I13), flattened, without periods, findings or duties. The reference oracle has its own, richer shape;
/// <see cref="RulesEngineCheck"/> compares the two by their words.
/// </summary>
/// <param name="Outcome">The enlistment outcome.</param>
/// <param name="EnlistmentReason">Why enlistment is open; only when <paramref name="Outcome"/> is Undetermined.</param>
/// <param name="MonthlyPay">Monthly pay (C8, C9).</param>
/// <param name="OneTimePayment">One-time payment (C10, I1).</param>
/// <param name="InjuryCompensation">Injury compensation (C5, I2).</param>
/// <param name="CombatVeteranStatus">Combat veteran status (C6, I2).</param>
/// <param name="FamilyPrivileges">Family privileges (C7, I2).</param>
/// <param name="RetainPublicPosition">An official keeps the public position (C14).</param>
/// <param name="Repay">Repayment of the one-time payment after an early termination (C11).</param>
/// <param name="RepayAmountRub">The amount to repay; only when <paramref name="Repay"/> is Owed.</param>
/// <param name="RepayReason">Why the repayment is open; only when <paramref name="Repay"/> is Undetermined.</param>
/// <param name="Phase">The service phase on the evaluation date (C4).</param>
/// <param name="PhaseReason">Why the phase is open (the enlistment's reason); only when Undetermined.</param>
/// <param name="TrainingEndsOn">Day 21 of the contract, for a member with a contract (C4).</param>
internal sealed record RulesEngineDecision(
    EnlistmentOutcome Outcome,
    UndeterminedReason? EnlistmentReason,
    RulesEngineEntitlement MonthlyPay,
    RulesEngineEntitlement OneTimePayment,
    RulesEngineEntitlement InjuryCompensation,
    RulesEngineEntitlement CombatVeteranStatus,
    RulesEngineEntitlement FamilyPrivileges,
    RulesEngineEntitlement RetainPublicPosition,
    ObligationStatus Repay,
    decimal? RepayAmountRub,
    UndeterminedReason? RepayReason,
    ServicePhase Phase,
    UndeterminedReason? PhaseReason,
    DateOnly? TrainingEndsOn)
{
    /// <summary>The outcomes in words, as <see cref="RulesEngineCheck"/> compares them with the oracle's.</summary>
    public string Words() => RulesEngineCheck.Words(
        Outcome.ToString(), EnlistmentReason?.ToString(),
        [MonthlyPay.Words(), OneTimePayment.Words(), InjuryCompensation.Words(), CombatVeteranStatus.Words(), FamilyPrivileges.Words(), RetainPublicPosition.Words()],
        Repay.ToString(), RepayAmountRub, RepayReason?.ToString(), Phase.ToString(), PhaseReason?.ToString(), TrainingEndsOn);
}

/// <summary>One entitlement as the RulesEngine encoding decides it.</summary>
/// <param name="Status">Entitled, NotEntitled or Undetermined.</param>
/// <param name="AmountRub">The amount; only for an Entitled payment.</param>
/// <param name="Period">How often the amount is paid; only with an amount.</param>
/// <param name="Reason">Why it is open; only when Undetermined.</param>
internal sealed record RulesEngineEntitlement(
    EntitlementStatus Status,
    decimal? AmountRub,
    PaymentPeriod? Period,
    UndeterminedReason? Reason)
{
    /// <summary>The entitlement in words.</summary>
    public string Words() => RulesEngineCheck.Words(Status.ToString(), AmountRub, Period?.ToString(), Reason?.ToString());
}
