namespace Bars.Policy.Benchmarks.RulesEngineEncoding;

/// <summary>
/// What the RulesEngine encoding decides for one valid case: every outcome on asOf with the period it covers (I8),
/// flattened, without findings. The reference oracle has its own shape; <see cref="RulesEngineCheck"/> compares the
/// two by their words.
/// </summary>
/// <param name="Outcome">The enlistment outcome.</param>
/// <param name="EnlistmentReason">Why enlistment is open; only when <paramref name="Outcome"/> is Undetermined.</param>
/// <param name="JudgedOn">The day enlistment was judged on: the contract's start, or asOf without a contract (I6).</param>
/// <param name="MonthlyPay">Monthly pay (C8, C9).</param>
/// <param name="OneTimePayment">One-time payment (C10, I1).</param>
/// <param name="InjuryCompensation">Injury compensation (C5, I2).</param>
/// <param name="CombatVeteranStatus">Combat veteran status (C6, I2).</param>
/// <param name="FamilyPrivileges">Family privileges (C7, I2).</param>
/// <param name="RetainPublicPosition">An official keeps the public position (C14).</param>
/// <param name="Repayment">Repayment of the one-time payment after an early termination (C11, I13).</param>
/// <param name="Service">The phase on asOf, its days and duties (C4, C15–C18, C20, C21, I10).</param>
internal sealed record RulesEngineDecision(
    EnlistmentOutcome Outcome,
    UndeterminedReason? EnlistmentReason,
    DateOnly JudgedOn,
    RulesEngineEntitlement MonthlyPay,
    RulesEngineEntitlement OneTimePayment,
    RulesEngineEntitlement InjuryCompensation,
    RulesEngineEntitlement CombatVeteranStatus,
    RulesEngineEntitlement FamilyPrivileges,
    RulesEngineEntitlement RetainPublicPosition,
    RulesEngineObligation Repayment,
    RulesEngineService Service)
{
    /// <summary>The outcomes in words, as <see cref="RulesEngineCheck"/> compares them with the oracle's.</summary>
    public string Words() => RulesEngineCheck.Words(
        Outcome.ToString(), EnlistmentReason?.ToString(), JudgedOn,
        [MonthlyPay.Words(), OneTimePayment.Words(), InjuryCompensation.Words(), CombatVeteranStatus.Words(), FamilyPrivileges.Words(), RetainPublicPosition.Words()],
        Repayment.Words(), Service.Words());
}

/// <summary>One entitlement on asOf and the period it covers (I8).</summary>
/// <param name="Status">Entitled, NotEntitled, Undetermined or NotApplicable.</param>
/// <param name="AmountRub">The amount; only for an Entitled payment.</param>
/// <param name="Period">How often the amount is paid; only with an amount.</param>
/// <param name="Reason">Why it is open; only when Undetermined.</param>
/// <param name="From">The first day of the period, when it has one.</param>
/// <param name="To">The last day of the period; null for no end (or no period).</param>
internal sealed record RulesEngineEntitlement(
    EntitlementStatus Status,
    decimal? AmountRub,
    PaymentPeriod? Period,
    UndeterminedReason? Reason,
    DateOnly? From,
    DateOnly? To)
{
    /// <summary>The entitlement in words.</summary>
    public string Words() => RulesEngineCheck.EntitlementWords(Status.ToString(), AmountRub, Period?.ToString(), Reason?.ToString(), From, To);
}

/// <summary>The repayment obligation on asOf.</summary>
/// <param name="Status">Owed, NotOwed or Undetermined.</param>
/// <param name="AmountRub">The amount to repay; only when Owed.</param>
/// <param name="Reason">Why it is open; only when Undetermined.</param>
/// <param name="From">The termination's day, from which it is owed or open.</param>
internal sealed record RulesEngineObligation(ObligationStatus Status, decimal? AmountRub, UndeterminedReason? Reason, DateOnly? From)
{
    /// <summary>The obligation in words.</summary>
    public string Words() => RulesEngineCheck.ObligationWords(Status.ToString(), AmountRub, Reason?.ToString(), From);
}

/// <summary>The service on asOf (I10).</summary>
/// <param name="Phase">The phase on asOf.</param>
/// <param name="Reason">Why the phase is open (the enlistment's reason); only when Undetermined.</param>
/// <param name="From">The phase's first day, when it has one.</param>
/// <param name="To">The phase's last day; null for no end (or no days).</param>
/// <param name="TrainingEndsOn">Day 21 of an enlisted applicant's contract (C4).</param>
/// <param name="DutyClaims">The claims whose duties apply on asOf: the region's, C18, C20, only while Assigned.</param>
/// <param name="WarZoneDeployment">Why whether a member may be deployed to the war zone is open (C21).</param>
internal sealed record RulesEngineService(
    ServicePhase Phase,
    UndeterminedReason? Reason,
    DateOnly? From,
    DateOnly? To,
    DateOnly? TrainingEndsOn,
    IReadOnlyList<string> DutyClaims,
    UndeterminedReason WarZoneDeployment)
{
    /// <summary>The service in words.</summary>
    public string Words() => RulesEngineCheck.ServiceWords(
        Phase.ToString(), Reason?.ToString(), From, To, TrainingEndsOn, DutyClaims, WarZoneDeployment.ToString());
}
