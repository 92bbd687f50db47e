namespace Bars.Policy.Reference;

/// <summary>
/// An independent, hand-coded reading of the policy (<c>docs/sources/claims.md</c>, readings I1–I13), used as a test
/// oracle for the rules engine and as the plain-C# baseline in benchmarks. Straight if/else, no rules engine, no
/// LINQ, none of the engine's decision types. It assumes a VALID case (validated elsewhere): injuries on duty within
/// the term in force and not after asOf, an early termination on or after the start, within the term and not after
/// asOf (I12), unknown facts stated false.
/// </summary>
public static class ReferencePolicy
{
    // ---- Parameters, each from its claim; no other amount is policy ----
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

    // ---- Shared immutable values ----
    // An open answer states no period: whether the entitlement exists at all is what is open (I8 gives the period of
    // an entitlement, not of a question). An open obligation does: it is open from the termination.
    private static readonly ReferenceEntitlement NotEntitled = new(ReferenceStatus.NotEntitled);
    private static readonly ReferenceEntitlement NotApplicable = new(ReferenceStatus.NotApplicable);
    private static readonly ReferenceEntitlement Silent = Open(ReferenceReason.SourceSilent);
    private static readonly ReferenceEntitlement AnnualPayment = new(ReferenceStatus.Entitled, AnnualOneTimePayment, ReferencePeriod.Once);     // C10
    private static readonly ReferenceEntitlement HalfYearPayment = new(ReferenceStatus.Entitled, HalfYearOneTimePayment, ReferencePeriod.Once); // C10
    private static readonly ReferenceObligation NotOwed = new(ReferenceObligationStatus.NotOwed);
    private static readonly string[] NoDuties = [];

    private enum Region { Kursk, Belgorod, Bryansk }

    /// <summary>Decides a valid case given as the engine's input type.</summary>
    /// <param name="c">A case that passed validation.</param>
    /// <returns>Every outcome on the case's asOf, with its period.</returns>
    public static ReferenceDecision Decide(PolicyCase c) => Decide(ReferenceCase.From(c));

    /// <summary>Decides a valid case given as its JSON (the JSON contract).</summary>
    /// <param name="caseJson">A case that passed validation, as JSON.</param>
    /// <returns>Every outcome on the case's asOf, with its period.</returns>
    public static ReferenceDecision DecideJson(string caseJson) => Decide(ReferenceCase.FromJson(caseJson));

    /// <summary>
    /// Decides a valid case. With unknown facts (I11), an outcome that differs between the answers true and false
    /// of the unknown facts — in its status, amount, reason or period, since the period is part of what an outcome
    /// states (I8) — is Undetermined (MissingInput); one that is the same under every answer is decided.
    /// </summary>
    /// <param name="c">A case that passed validation.</param>
    /// <returns>Every outcome on the case's asOf, with its period.</returns>
    public static ReferenceDecision Decide(ReferenceCase c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var asGiven = DecideKnown(c);
        if (c.Unknown == ApplicantFacts.None) return asGiven;

        var unknown = ReferenceCase.Each(c.Unknown);
        var enlistmentVaries = false;
        var entitlementVaries = new bool[asGiven.Entitlements.Count];
        var repaymentVaries = false;
        var phaseVaries = false;
        for (var mask = 1; mask < 1 << unknown.Count; mask++)
        {
            var facts = c.Facts;
            for (var i = 0; i < unknown.Count; i++)
            {
                if ((mask & (1 << i)) != 0) facts |= unknown[i];
            }

            var other = DecideKnown(c with { Facts = facts });
            // "NotEntitled from the start" and "NotEntitled" (never a member) are different answers: periods count.
            enlistmentVaries |= other.Enlistment != asGiven.Enlistment;
            for (var i = 0; i < entitlementVaries.Length; i++)
            {
                entitlementVaries[i] |= other.Entitlements[i].Entitlement != asGiven.Entitlements[i].Entitlement;
            }

            repaymentVaries |= other.Repayment != asGiven.Repayment;
            var (s, t) = (other.Service, asGiven.Service);
            phaseVaries |= (s.Phase, s.Reason, s.From, s.To, s.TrainingEndsOn) != (t.Phase, t.Reason, t.From, t.To, t.TrainingEndsOn);
        }

        var missing = Open(ReferenceReason.MissingInput);
        ReferenceEntitlement Settled(int i) => entitlementVaries[i] ? missing : asGiven.Entitlements[i].Entitlement;
        return new ReferenceDecision(
            enlistmentVaries ? asGiven.Enlistment with { Outcome = ReferenceOutcome.Undetermined, Reason = ReferenceReason.MissingInput } : asGiven.Enlistment,
            Settled(0), Settled(1), Settled(2), Settled(3), Settled(4), Settled(5),
            repaymentVaries
                // Only a termination makes the repayment depend on anything, so it is open from the termination.
                ? new ReferenceObligation(ReferenceObligationStatus.Undetermined, null, ReferenceReason.MissingInput, c.Contract?.TerminatedEarlyOn)
                : asGiven.Repayment,
            phaseVaries ? OpenService(ReferenceReason.MissingInput) : asGiven.Service);
    }

    /// <summary>Age in completed years on <paramref name="on"/> (I3); a 29 February birthday falls on 28 February in common years.</summary>
    /// <param name="birthDate">Date of birth.</param>
    /// <param name="on">The day the age is taken.</param>
    /// <returns>Completed years.</returns>
    public static int AgeOn(DateOnly birthDate, DateOnly on)
    {
        var age = on.Year - birthDate.Year;
        if (birthDate.AddYears(age) > on) age--; // AddYears takes 29 February to 28 February in a common year
        return age;
    }

    /// <summary>The last day of a contract's term: the start plus its months, less a day (I7).</summary>
    /// <param name="startDate">Day 1 of the contract.</param>
    /// <param name="months">Its length in months.</param>
    /// <returns>The last day of the term.</returns>
    public static DateOnly EndOfTerm(DateOnly startDate, int months) => startDate.AddMonths(months).AddDays(-1);

    // Every outcome as if every fact the case lists as unknown were false (I11 is applied by the caller).
    private static ReferenceDecision DecideKnown(ReferenceCase c)
    {
        var region = ParseRegion(c.Region);
        var contract = c.Contract;
        var judgedOn = contract?.StartDate ?? c.AsOf; // I6: once, on the start date; without a contract, on asOf
        var (outcome, reason) = Enlist(region, judgedOn, c);
        var enlistment = new ReferenceEnlistment(outcome, reason, judgedOn);
        var official = c.Has(ApplicantFacts.PublicOfficial);

        if (outcome == ReferenceOutcome.Ineligible)
        {
            // I4, I8: never a member; an official's post is not kept, a non-official has none to keep.
            return new ReferenceDecision(enlistment, NotEntitled, NotEntitled, NotEntitled, NotEntitled, NotEntitled,
                official ? NotEntitled : NotApplicable, NotOwed, Service(ReferencePhase.NotMember));
        }

        if (contract is null)
        {
            // I7: nobody is a member without a contract, whether or not enlistment is open; what enlisting would
            // bring is a why-not answer, not an entitlement.
            return new ReferenceDecision(enlistment, NotEntitled, NotEntitled, NotEntitled, NotEntitled, NotEntitled,
                NotApplicable, NotOwed, Service(ReferencePhase.NoContract));
        }

        if (outcome == ReferenceOutcome.Undetermined)
        {
            // I4: a member's entitlements are open for the enlistment's reason; the repayment too, once terminated.
            var open = Open(reason!.Value);
            var repayment = contract.TerminatedEarlyOn is { } on
                ? new ReferenceObligation(ReferenceObligationStatus.Undetermined, null, reason, on)
                : NotOwed;
            return new ReferenceDecision(enlistment, open, open, open, open, open,
                official ? open : NotApplicable, repayment, OpenService(reason.Value));
        }

        return Member(region, c, contract, enlistment, official);
    }

    // An applicant Eligible on the start date: a member for the contract's term (I7).
    private static ReferenceDecision Member(Region region, ReferenceCase c, ReferenceContract contract, ReferenceEnlistment enlistment, bool official)
    {
        var asOf = c.AsOf;
        var start = contract.StartDate;
        var endOfTerm = EndOfTerm(start, contract.Months);
        var terminatedOn = contract.TerminatedEarlyOn;
        var lastDay = terminatedOn is { } t ? t.AddDays(-1) : endOfTerm; // I7: to the day before an early termination
        var hasMembership = lastDay >= start;                           // a termination on the start day leaves none
        var member = hasMembership && start <= asOf && asOf <= lastDay;  // a member on asOf
        DateOnly? from = hasMembership ? start : null;
        DateOnly? to = hasMembership ? lastDay : null;

        // ---- MonthlyPay (C8, C9; I8: every day of membership) ----
        var monthlyPay = region switch
        {
            Region.Kursk => member ? Silent : new ReferenceEntitlement(ReferenceStatus.NotEntitled, From: from, To: to),
            _ => member
                ? new ReferenceEntitlement(ReferenceStatus.Entitled, region == Region.Belgorod ? BelgorodMonthlyPay : BryanskMonthlyPay, ReferencePeriod.Month, null, from, to)
                : new ReferenceEntitlement(ReferenceStatus.NotEntitled, From: from, To: to),
        };

        // ---- OneTimePayment (C10, I1; I8: for signing, whatever asOf) ----
        var oneTime = Silent;                                            // I1: Belgorod ambiguous, Kursk silent
        if (region == Region.Bryansk)
        {
            oneTime = contract.Months == AnnualContractMonths ? AnnualPayment
                : contract.Months == HalfYearContractMonths ? HalfYearPayment
                : Silent;                                                // C10: any other length
        }

        // ---- InjuryCompensation (C5, I2; I8: from the injury's date, for good) ----
        var injury = Silent;                                             // I2: C5 is Kursk's
        if (region == Region.Kursk)
        {
            var onDuty = 0;
            DateOnly? injuredOn = null;
            foreach (var i in c.Injuries)
            {
                if (!i.OnDuty) continue;                                 // C5: an injury off duty gives nothing
                onDuty++;
                injuredOn = i.Date;
            }

            injury = onDuty switch
            {
                0 => NotEntitled,
                1 => new ReferenceEntitlement(ReferenceStatus.Entitled, KurskInjuryCompensation, ReferencePeriod.Once, null, injuredOn),
                _ => Silent,                                             // whether each injury brings one is not stated
            };
        }

        // ---- CombatVeteranStatus, FamilyPrivileges (C6, C7, I2; I8: from the start of membership, for good) ----
        ReferenceEntitlement status;
        if (asOf < start || !hasMembership) status = new ReferenceEntitlement(ReferenceStatus.NotEntitled, From: from);
        else if (region == Region.Kursk) status = new ReferenceEntitlement(ReferenceStatus.Entitled, From: start);
        else status = Silent;

        // ---- RetainPublicPosition (C14; I8: the term, for someone who holds a post) ----
        var retain = NotApplicable;
        if (official && member)
        {
            retain = region == Region.Belgorod
                ? new ReferenceEntitlement(ReferenceStatus.Entitled, From: from, To: to)
                : Silent;                                                // Kursk, Bryansk: silent
        }

        // ---- RepayOneTimePayment (C11, I13): from the termination, the whole payment ----
        var repayment = NotOwed;
        if (terminatedOn is { } on)
        {
            repayment = oneTime.Status switch
            {
                ReferenceStatus.Entitled when contract.TerminatedByUnit =>
                    new ReferenceObligation(ReferenceObligationStatus.Undetermined, null, ReferenceReason.SourceSilent, on), // I13
                ReferenceStatus.Entitled => new ReferenceObligation(ReferenceObligationStatus.Owed, oneTime.AmountRub, null, on),
                ReferenceStatus.Undetermined => new ReferenceObligation(ReferenceObligationStatus.Undetermined, null, oneTime.Reason, on),
                _ => NotOwed,                                            // no payment, nothing to give back
            };
        }

        // ---- Service (C4, I10) ----
        var trainingEndsOn = start.AddDays(TrainingDays - 1);           // day 21
        ReferenceService service;
        if (asOf < start)
        {
            service = Service(ReferencePhase.NotStarted, null, start.AddDays(-1), trainingEndsOn);
        }
        else if (terminatedOn is { } ended && asOf >= ended)
        {
            service = Service(ReferencePhase.TerminatedEarly, ended, null, trainingEndsOn);
        }
        else if (asOf > endOfTerm)
        {
            service = Service(ReferencePhase.Ended, endOfTerm.AddDays(1), null, trainingEndsOn);
        }
        else if (asOf <= trainingEndsOn)
        {
            service = Service(ReferencePhase.Training, start, trainingEndsOn < lastDay ? trainingEndsOn : lastDay, trainingEndsOn);
        }
        else
        {
            // "after which commanders assign them to tasks" (C4): duties only now (I10).
            service = Service(ReferencePhase.Assigned, trainingEndsOn.AddDays(1), lastDay, trainingEndsOn, Duties(region));
        }

        return new ReferenceDecision(enlistment, monthlyPay, oneTime, injury, status, status, retain, repayment, service);
    }

    private static (ReferenceOutcome, ReferenceReason?) Enlist(Region region, DateOnly judgedOn, ReferenceCase c)
    {
        var barred = false;
        var conflict = false;
        var silent = false;

        var age = AgeOn(c.BirthDate, judgedOn);
        if (age < MinAge || age > MaxAge) barred = true;                               // C1, I3, on the day judged (I6)
        if (c.Has(ApplicantFacts.HealthRestriction)) barred = true;                    // C2
        if (c.Has(ApplicantFacts.MissingLimbOrProsthesis)) barred = true;              // C3: a health restriction, officials too
        if (region == Region.Kursk && c.Female && !c.Has(ApplicantFacts.MedicalQualification)) barred = true; // C12
        if (region == Region.Belgorod && c.Female) conflict = true;                    // C13
        if (c.Has(ApplicantFacts.CriminalConviction) || c.Has(ApplicantFacts.ActiveMilitary)) silent = true; // C19; former participants: no bar

        if (barred) return (ReferenceOutcome.Ineligible, null);                       // a bar beats an open question
        if (conflict) return (ReferenceOutcome.Undetermined, ReferenceReason.SourceConflict); // conflict > silence > missing
        if (silent) return (ReferenceOutcome.Undetermined, ReferenceReason.SourceSilent);
        return (ReferenceOutcome.Eligible, null);
    }

    // The region's duties, then the duties of every region (C18, C20).
    private static string[] Duties(Region region) => region switch
    {
        Region.Kursk => ["C15", "C18", "C20"],
        Region.Belgorod => ["C16", "C18", "C20"],
        _ => ["C17", "C18", "C20"],
    };

    private static ReferenceService Service(ReferencePhase phase, DateOnly? from = null, DateOnly? to = null, DateOnly? trainingEndsOn = null, string[]? duties = null) =>
        new(phase, null, from, to, trainingEndsOn, duties ?? NoDuties, ReferenceReason.SourceSilent); // C21: raised, never answered

    private static ReferenceService OpenService(ReferenceReason reason) =>
        new(ReferencePhase.Undetermined, reason, null, null, null, NoDuties, ReferenceReason.SourceSilent);

    private static ReferenceEntitlement Open(ReferenceReason reason) => new(ReferenceStatus.Undetermined, Reason: reason);

    private static Region ParseRegion(string region) => region switch
    {
        "Kursk" => Region.Kursk,
        "Belgorod" => Region.Belgorod,
        "Bryansk" => Region.Bryansk,
        _ => throw new ArgumentException($"Unknown region '{region}': the reference oracle expects a validated case.", nameof(region)),
    };
}
