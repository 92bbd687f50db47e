namespace Bars.Policy.Reference;

/// <summary>
/// The reference oracle's answer for one valid case: the same outcomes as <see cref="PolicyDecision"/>, flattened,
/// without findings or duties.
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
/// <param name="Phase">The service phase on the evaluation date (C4); NotMember or Undetermined for a non-member (I4).</param>
/// <param name="PhaseReason">Why the phase is open (the enlistment's reason); only when Undetermined.</param>
/// <param name="TrainingEndsOn">Day 21 of the contract, for a member with a contract (C4).</param>
public sealed record ReferenceDecision(
    EnlistmentOutcome Outcome,
    UndeterminedReason? EnlistmentReason,
    ReferenceEntitlement MonthlyPay,
    ReferenceEntitlement OneTimePayment,
    ReferenceEntitlement InjuryCompensation,
    ReferenceEntitlement CombatVeteranStatus,
    ReferenceEntitlement FamilyPrivileges,
    ReferenceEntitlement RetainPublicPosition,
    ObligationStatus Repay,
    decimal? RepayAmountRub,
    UndeterminedReason? RepayReason,
    ServicePhase Phase,
    UndeterminedReason? PhaseReason,
    DateOnly? TrainingEndsOn);

/// <summary>One entitlement as the reference oracle decides it.</summary>
/// <param name="Status">Entitled, NotEntitled or Undetermined.</param>
/// <param name="AmountRub">The amount; only for an Entitled payment.</param>
/// <param name="Period">How often the amount is paid; only with an amount.</param>
/// <param name="Reason">Why it is open; only when Undetermined.</param>
public sealed record ReferenceEntitlement(
    EntitlementStatus Status,
    decimal? AmountRub,
    PaymentPeriod? Period,
    UndeterminedReason? Reason);
