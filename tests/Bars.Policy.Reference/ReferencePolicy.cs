namespace Bars.Policy.Reference;

/// <summary>
/// An independent, hand-coded implementation of the policy (<c>docs/sources/claims.md</c> as read in
/// <c>docs/reading.md</c>), used as a test oracle for the rules engine and as the plain-C# baseline in benchmarks.
/// Straight if/else, no rules engine, no LINQ. It assumes a VALID case (validated elsewhere): region, asOf,
/// applicant, birth date and sex present; contract fields present when there is a contract; injuries' OnDuty set.
/// </summary>
public static class ReferencePolicy
{
    // ---- Parameters, each from its claim ----
    private const int MinAge = 18;                       // C1, I3 (inclusive)
    private const int MaxAge = 65;                       // C1, I3 (inclusive)
    private const int TrainingDays = 21;                 // C4 ("three weeks"): days 1..21 are training
    private const decimal KurskInjuryCompensation = 3_000_000m; // C5
    private const decimal BelgorodMonthlyPay = 80_000m;  // C8
    private const decimal BryanskMonthlyPay = 40_000m;   // C9
    private const int AnnualContractMonths = 12;         // C10 ("annual contract")
    private const decimal AnnualOneTimePayment = 300_000m;   // C10
    private const int HalfYearContractMonths = 6;        // C10 ("six-month contract")
    private const decimal HalfYearOneTimePayment = 150_000m; // C10 ("half that amount")

    // ---- Shared immutable entitlement values ----
    private static readonly ReferenceEntitlement NotEntitled = new(EntitlementStatus.NotEntitled, null, null, null);
    private static readonly ReferenceEntitlement EntitledNoAmount = new(EntitlementStatus.Entitled, null, null, null);
    private static readonly ReferenceEntitlement Silent = new(EntitlementStatus.Undetermined, null, null, UndeterminedReason.SourceSilent);
    private static readonly ReferenceEntitlement Conflict = new(EntitlementStatus.Undetermined, null, null, UndeterminedReason.SourceConflict);
    private static readonly ReferenceEntitlement Missing = new(EntitlementStatus.Undetermined, null, null, UndeterminedReason.MissingInput);
    private static readonly ReferenceEntitlement BelgorodPay = new(EntitlementStatus.Entitled, BelgorodMonthlyPay, PaymentPeriod.Month, null); // C8
    private static readonly ReferenceEntitlement BryanskPay = new(EntitlementStatus.Entitled, BryanskMonthlyPay, PaymentPeriod.Month, null);   // C9
    private static readonly ReferenceEntitlement AnnualPayment = new(EntitlementStatus.Entitled, AnnualOneTimePayment, PaymentPeriod.Once, null);     // C10
    private static readonly ReferenceEntitlement HalfYearPayment = new(EntitlementStatus.Entitled, HalfYearOneTimePayment, PaymentPeriod.Once, null); // C10
    private static readonly ReferenceEntitlement InjuryPayment = new(EntitlementStatus.Entitled, KurskInjuryCompensation, PaymentPeriod.Once, null);  // C5

    private enum Region { Kursk, Belgorod, Bryansk }

    /// <summary>Decides a valid case.</summary>
    /// <param name="c">A case that passed validation.</param>
    /// <returns>The enlistment outcome, every entitlement, the repayment and the service phase.</returns>
    public static ReferenceDecision Decide(PolicyCase c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var region = ParseRegion(c.Region!);
        var asOf = c.AsOf!.Value;
        var applicant = c.Applicant!;
        var contract = c.Contract;

        // ---- Enlistment (C1, C2, C3, C12, C13, C19; combination per reading.md) ----
        var (outcome, enlistmentReason) = Enlist(region, asOf, applicant);

        // ---- Entitlements (I4 for non-members) ----
        ReferenceEntitlement monthlyPay, oneTime, injury, veteran, family, retain;
        if (outcome == EnlistmentOutcome.Ineligible)
        {
            monthlyPay = oneTime = injury = veteran = family = retain = NotEntitled; // I4
        }
        else if (outcome == EnlistmentOutcome.Undetermined)
        {
            var open = Open(enlistmentReason!.Value); // I4: the enlistment's reason
            monthlyPay = oneTime = injury = veteran = family = retain = open;
        }
        else
        {
            monthlyPay = MonthlyPay(region);
            oneTime = OneTimePayment(region, contract);
            injury = InjuryCompensation(region, c.Injuries);
            veteran = region == Region.Kursk ? EntitledNoAmount : Silent;  // C6, I2; silent elsewhere
            family = region == Region.Kursk ? EntitledNoAmount : Silent;   // C7, I2; silent elsewhere
            retain = RetainPublicPosition(region, applicant);
        }

        // ---- Repayment (C11): follows the one-time payment after an early termination ----
        var repay = ObligationStatus.NotOwed;
        decimal? repayAmount = null;
        UndeterminedReason? repayReason = null;
        if (contract is not null && contract.TerminatedEarlyOn.HasValue)
        {
            if (oneTime.Status == EntitlementStatus.Entitled)
            {
                repay = ObligationStatus.Owed;
                repayAmount = oneTime.AmountRub;
            }
            else if (oneTime.Status == EntitlementStatus.Undetermined)
            {
                repay = ObligationStatus.Undetermined;
                repayReason = oneTime.Reason;
            }
        }

        // ---- Service (C4): a member's (I4) ----
        var phase = ServicePhase.NoContract;
        UndeterminedReason? phaseReason = null;
        DateOnly? trainingEndsOn = null;
        if (outcome == EnlistmentOutcome.Ineligible)
        {
            phase = ServicePhase.NotMember;
        }
        else if (outcome == EnlistmentOutcome.Undetermined)
        {
            phase = ServicePhase.Undetermined;
            phaseReason = enlistmentReason;
        }
        else if (contract is not null)
        {
            var start = contract.StartDate!.Value;
            trainingEndsOn = start.AddDays(TrainingDays - 1); // day 21
            var end = contract.TerminatedEarlyOn ?? start.AddMonths(contract.Months!.Value); // first day not in force
            if (start <= asOf && asOf < end)
            {
                var day = asOf.DayNumber - start.DayNumber + 1;
                phase = day <= TrainingDays ? ServicePhase.Training : ServicePhase.Assigned;
            }
        }

        return new ReferenceDecision(
            outcome, enlistmentReason,
            monthlyPay, oneTime, injury, veteran, family, retain,
            repay, repayAmount, repayReason,
            phase, phaseReason, trainingEndsOn);
    }

    /// <summary>Age in completed years on <paramref name="asOf"/> (I3); a 29 February birthday falls on 28 February in common years.</summary>
    /// <param name="birthDate">Date of birth.</param>
    /// <param name="asOf">Evaluation date.</param>
    /// <returns>Completed years.</returns>
    public static int AgeOn(DateOnly birthDate, DateOnly asOf)
    {
        var age = asOf.Year - birthDate.Year;
        if (birthDate.AddYears(age) > asOf) age--;
        return age;
    }

    private static (EnlistmentOutcome, UndeterminedReason?) Enlist(Region region, DateOnly asOf, Applicant a)
    {
        var barred = false;
        var conflict = false;
        var silent = false;

        var age = AgeOn(a.BirthDate!.Value, asOf);
        if (age < MinAge || age > MaxAge) barred = true;            // C1, I3
        if (a.HealthRestriction) barred = true;                     // C2
        if (a.MissingLimbOrProsthesis) barred = true;               // C3 (a health restriction, officials too)

        var woman = a.Sex!.Value == Sex.Female;
        if (region == Region.Kursk && woman && !a.MedicalQualification) barred = true; // C12
        if (region == Region.Belgorod && woman) conflict = true;                        // C13
        if (a.CriminalConviction || a.ActiveMilitary) silent = true;                    // C19 (former war participants: no bar)

        if (barred) return (EnlistmentOutcome.Ineligible, null);    // a bar beats an open question
        if (conflict) return (EnlistmentOutcome.Undetermined, UndeterminedReason.SourceConflict); // conflict > silence > missing
        if (silent) return (EnlistmentOutcome.Undetermined, UndeterminedReason.SourceSilent);
        return (EnlistmentOutcome.Eligible, null);
    }

    private static ReferenceEntitlement MonthlyPay(Region region) => region switch
    {
        Region.Belgorod => BelgorodPay, // C8
        Region.Bryansk => BryanskPay,   // C9
        _ => Silent,                    // Kursk: silent
    };

    private static ReferenceEntitlement OneTimePayment(Region region, Contract? contract)
    {
        if (region != Region.Bryansk) return Silent;          // I1: Belgorod ambiguous, Kursk silent
        if (contract is null) return Missing;                 // the amount depends on the contract's length
        var months = contract.Months!.Value;
        if (months == AnnualContractMonths) return AnnualPayment;     // C10
        if (months == HalfYearContractMonths) return HalfYearPayment; // C10
        return Silent;                                        // C10: any other length
    }

    private static ReferenceEntitlement InjuryCompensation(Region region, IReadOnlyList<Injury>? injuries)
    {
        if (region != Region.Kursk) return Silent;            // I2: C5 is Kursk's
        var onDuty = 0;
        if (injuries is not null)
        {
            for (var i = 0; i < injuries.Count; i++)
            {
                if (injuries[i].OnDuty == true) onDuty++;
            }
        }

        if (onDuty == 0) return NotEntitled;                  // C5: an injury not on duty gives nothing
        if (onDuty == 1) return InjuryPayment;                // C5
        return Silent;                                        // reading.md: one payment per injury is not stated
    }

    private static ReferenceEntitlement RetainPublicPosition(Region region, Applicant a)
    {
        if (region != Region.Belgorod) return Silent;         // Kursk, Bryansk: silent, for every member
        return a.PublicOfficial ? EntitledNoAmount : NotEntitled; // C14
    }

    private static ReferenceEntitlement Open(UndeterminedReason reason) => reason switch
    {
        UndeterminedReason.SourceConflict => Conflict,
        UndeterminedReason.SourceSilent => Silent,
        _ => Missing,
    };

    private static Region ParseRegion(string region) => region switch
    {
        Regions.Kursk => Region.Kursk,
        Regions.Belgorod => Region.Belgorod,
        Regions.Bryansk => Region.Bryansk,
        _ => throw new ArgumentException($"Unknown region '{region}': the reference oracle expects a validated case.", nameof(region)),
    };
}
