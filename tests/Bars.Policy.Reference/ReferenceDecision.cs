namespace Bars.Policy.Reference;

// The oracle's own vocabulary. The names are the JSON contract's (a decision is compared with the engine's JSON by
// name), but the types are not the engine's: a change to the engine's C# model cannot move the oracle with it.

/// <summary>Who may join (C1–C3, C12, C13, C19).</summary>
public enum ReferenceOutcome
{
    /// <summary>Every condition of joining is met.</summary>
    Eligible,

    /// <summary>A stated bar applies.</summary>
    Ineligible,

    /// <summary>The source leaves the question open, or the case does not say enough.</summary>
    Undetermined,
}

/// <summary>Why an answer is open.</summary>
public enum ReferenceReason
{
    /// <summary>The answer depends on a fact the case does not state (I11).</summary>
    MissingInput,

    /// <summary>The source says nothing on the question.</summary>
    SourceSilent,

    /// <summary>The source says two things that cannot both hold (C13).</summary>
    SourceConflict,
}

/// <summary>The status of an entitlement on <c>asOf</c> (I8).</summary>
public enum ReferenceStatus
{
    /// <summary>Granted on <c>asOf</c>.</summary>
    Entitled,

    /// <summary>Not granted on <c>asOf</c>.</summary>
    NotEntitled,

    /// <summary>Open: see the reason.</summary>
    Undetermined,

    /// <summary>The question does not arise: no public post to keep, or outside the term (I8, C14).</summary>
    NotApplicable,
}

/// <summary>How often an amount is paid.</summary>
public enum ReferencePeriod
{
    /// <summary>Every month of membership (C8, C9).</summary>
    Month,

    /// <summary>Once (C5, C10).</summary>
    Once,
}

/// <summary>The status of an obligation on <c>asOf</c>.</summary>
public enum ReferenceObligationStatus
{
    /// <summary>Due.</summary>
    Owed,

    /// <summary>Not due.</summary>
    NotOwed,

    /// <summary>Open: see the reason.</summary>
    Undetermined,
}

/// <summary>Where the person stands in the contract on <c>asOf</c> (I10).</summary>
public enum ReferencePhase
{
    /// <summary>The case has no contract.</summary>
    NoContract,

    /// <summary>Signed, begins after <c>asOf</c>.</summary>
    NotStarted,

    /// <summary>Days 1–21 of the contract (C4).</summary>
    Training,

    /// <summary>Day 22 to the end of the term (C4).</summary>
    Assigned,

    /// <summary>The term is over.</summary>
    Ended,

    /// <summary>From the day of an early termination.</summary>
    TerminatedEarly,

    /// <summary>Ineligible: never a member (I4).</summary>
    NotMember,

    /// <summary>Open: see the reason.</summary>
    Undetermined,
}

/// <summary>
/// The reference oracle's answer for one valid case: every outcome with its status on <c>asOf</c> and the period it
/// covers (I8), without findings.
/// </summary>
/// <param name="Enlistment">Who may join, and the date it was judged on (I6).</param>
/// <param name="MonthlyPay">Monthly pay (C8, C9).</param>
/// <param name="OneTimePayment">One-time payment (C10, I1).</param>
/// <param name="InjuryCompensation">Injury compensation (C5, I2).</param>
/// <param name="CombatVeteranStatus">Combat veteran status (C6, I2).</param>
/// <param name="FamilyPrivileges">Family privileges (C7, I2).</param>
/// <param name="RetainPublicPosition">An official keeps the public position (C14).</param>
/// <param name="Repayment">Repayment of the one-time payment after an early termination (C11, I13).</param>
/// <param name="Service">The service phase, its days and duties (C4, C15–C18, C20, C21, I10).</param>
public sealed record ReferenceDecision(
    ReferenceEnlistment Enlistment,
    ReferenceEntitlement MonthlyPay,
    ReferenceEntitlement OneTimePayment,
    ReferenceEntitlement InjuryCompensation,
    ReferenceEntitlement CombatVeteranStatus,
    ReferenceEntitlement FamilyPrivileges,
    ReferenceEntitlement RetainPublicPosition,
    ReferenceObligation Repayment,
    ReferenceService Service)
{
    /// <summary>The entitlements by their JSON kind names, in the contract's order.</summary>
    public IReadOnlyList<(string Kind, ReferenceEntitlement Entitlement)> Entitlements =>
    [
        ("MonthlyPay", MonthlyPay),
        ("OneTimePayment", OneTimePayment),
        ("InjuryCompensation", InjuryCompensation),
        ("CombatVeteranStatus", CombatVeteranStatus),
        ("FamilyPrivileges", FamilyPrivileges),
        ("RetainPublicPosition", RetainPublicPosition),
    ];
}

/// <summary>The enlistment decision.</summary>
/// <param name="Outcome">Eligible, Ineligible or Undetermined.</param>
/// <param name="Reason">Why it is open; only when Undetermined.</param>
/// <param name="JudgedOn">The contract's start date, or <c>asOf</c> without a contract (I6).</param>
public sealed record ReferenceEnlistment(ReferenceOutcome Outcome, ReferenceReason? Reason, DateOnly JudgedOn);

/// <summary>One entitlement on <c>asOf</c> and the period it covers (I8).</summary>
/// <param name="Status">The status on <c>asOf</c>.</param>
/// <param name="AmountRub">The amount; only for an Entitled payment.</param>
/// <param name="Period">How often the amount is paid; only with an amount.</param>
/// <param name="Reason">Why it is open; only when Undetermined.</param>
/// <param name="From">The first day the period covers, when it has one.</param>
/// <param name="To">The last day the period covers; null for no end (or no period).</param>
public sealed record ReferenceEntitlement(
    ReferenceStatus Status,
    decimal? AmountRub = null,
    ReferencePeriod? Period = null,
    ReferenceReason? Reason = null,
    DateOnly? From = null,
    DateOnly? To = null);

/// <summary>The repayment obligation on <c>asOf</c>.</summary>
/// <param name="Status">Owed, NotOwed or Undetermined.</param>
/// <param name="AmountRub">The amount owed; only when Owed.</param>
/// <param name="Reason">Why it is open; only when Undetermined.</param>
/// <param name="From">The termination date, when Owed or Undetermined after a termination.</param>
public sealed record ReferenceObligation(
    ReferenceObligationStatus Status,
    decimal? AmountRub = null,
    ReferenceReason? Reason = null,
    DateOnly? From = null);

/// <summary>The service on <c>asOf</c> (I10).</summary>
/// <param name="Phase">The phase on <c>asOf</c>.</param>
/// <param name="Reason">Why the phase is open; only when Undetermined.</param>
/// <param name="From">The first day of the phase, when it has one.</param>
/// <param name="To">The last day of the phase; null for no end (or no days).</param>
/// <param name="TrainingEndsOn">Day 21 of the contract (C4), for an Eligible applicant's contract.</param>
/// <param name="DutyClaims">The claims whose duties apply on <c>asOf</c>: only while Assigned.</param>
/// <param name="WarZoneDeployment">Whether a member may be deployed to the war zone: always open, for this reason (C21).</param>
public sealed record ReferenceService(
    ReferencePhase Phase,
    ReferenceReason? Reason,
    DateOnly? From,
    DateOnly? To,
    DateOnly? TrainingEndsOn,
    IReadOnlyList<string> DutyClaims,
    ReferenceReason WarZoneDeployment)
{
    /// <summary>Compares by content, the duty claims in order.</summary>
    /// <param name="other">The other service.</param>
    /// <returns>Whether both say the same.</returns>
    public bool Equals(ReferenceService? other) =>
        other is not null
        && (Phase, Reason, From, To, TrainingEndsOn, WarZoneDeployment) == (other.Phase, other.Reason, other.From, other.To, other.TrainingEndsOn, other.WarZoneDeployment)
        && DutyClaims.SequenceEqual(other.DutyClaims);

    /// <summary>A hash over the content.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode() => HashCode.Combine(Phase, Reason, From, To, TrainingEndsOn, DutyClaims.Count, WarZoneDeployment);

    /// <summary>The service in words, for a failing test's message.</summary>
    /// <returns>The fields with the duty claims listed.</returns>
    public override string ToString() =>
        $"{{ Phase = {Phase}, Reason = {Reason}, From = {From}, To = {To}, TrainingEndsOn = {TrainingEndsOn}, DutyClaims = [{string.Join(", ", DutyClaims)}], WarZoneDeployment = {WarZoneDeployment} }}";
}
