namespace Bars.Policy.Benchmarks.RulesEngineEncoding;

/// <summary>
/// The flat input the workflows see as <c>facts</c>: one valid case with its derived values computed once in C#, as
/// a RulesEngine user would precompute them (and as the library's case reader does): the day enlistment is judged on
/// and the age then (I6), the contract's days as day numbers (asOf's day of the contract, the term's and the days in
/// force, I7), the injuries on duty. No policy is decided here: every threshold, amount and length lives in
/// <c>bars-policy.workflows.json</c>, and the rules pick the period of an outcome by naming its first and last day
/// (<see cref="Day"/>).
/// </summary>
internal sealed class RuleFacts
{
    public required string Region { get; init; }

    /// <summary>Completed years on <see cref="JudgedOn"/> (I3, I6).</summary>
    public required int Age { get; init; }

    public required Sex Sex { get; init; }
    public required bool HealthRestriction { get; init; }
    public required bool MissingLimbOrProsthesis { get; init; }
    public required bool MedicalQualification { get; init; }
    public required bool PublicOfficial { get; init; }
    public required bool CriminalConviction { get; init; }
    public required bool ActiveMilitary { get; init; }
    public required bool FormerWarParticipant { get; init; }
    public required bool HasContract { get; init; }

    /// <summary>The contract's length in months; 0 without a contract.</summary>
    public required int ContractMonths { get; init; }

    /// <summary>asOf's day of the contract: 1 on the start, 0 or less before it; 0 without a contract.</summary>
    public required int ContractDay { get; init; }

    /// <summary>The days of the term (I7): the start to the day before the same date <see cref="ContractMonths"/> later.</summary>
    public required int TermDays { get; init; }

    /// <summary>The days the contract is in force: the term, or up to the day before an early termination (I7); 0 when terminated on its first day.</summary>
    public required int DaysInForce { get; init; }

    /// <summary>asOf is one of the days in force: day 1 to <see cref="DaysInForce"/>.</summary>
    public required bool InForceOnAsOf { get; init; }

    public required bool TerminatedEarly { get; init; }

    /// <summary>The early termination's day has come by asOf.</summary>
    public required bool TerminatedByAsOf { get; init; }

    /// <summary>The unit, not the volunteer, ended the contract early (I13).</summary>
    public required bool TerminatedByUnit { get; init; }

    public required int OnDutyInjuries { get; init; }

    /// <summary>The day enlistment is judged on: the contract's start, or asOf without a contract (I6).</summary>
    public required DateOnly JudgedOn { get; init; }

    /// <summary>The contract's first day; unset without a contract.</summary>
    public DateOnly Start { get; init; }

    /// <summary>The day of the early termination.</summary>
    public DateOnly? TerminatedOn { get; init; }

    /// <summary>The day of the (last listed) injury on duty.</summary>
    public DateOnly? InjuredOnDutyOn { get; init; }

    /// <summary>Derives the facts of a valid case.</summary>
    public static RuleFacts From(PolicyCase c)
    {
        var asOf = c.AsOf!.Value;
        var a = c.Applicant!;
        var k = c.Contract;

        var onDuty = 0;
        DateOnly? injuredOn = null;
        if (c.Injuries is { } injuries)
        {
            for (var i = 0; i < injuries.Count; i++)
            {
                if (injuries[i].OnDuty != true) continue;
                onDuty++;
                injuredOn = injuries[i].Date;
            }
        }

        var start = default(DateOnly);
        int contractDay = 0, termDays = 0, daysInForce = 0;
        if (k is not null)
        {
            // The same domain type the library validates and decides with: the term, cut short by an early end.
            start = k.StartDate!.Value;
            var term = ContractTerm.OfMonths(start, k.Months!.Value)!;
            var inForce = k.TerminatedEarlyOn is { } t ? term.Before(t) : term;
            contractDay = asOf.DayNumber - start.DayNumber + 1;
            termDays = term.Length;
            daysInForce = inForce?.Length ?? 0;
        }

        var judgedOn = k is null ? asOf : start;
        return new RuleFacts
        {
            Region = c.Region!,
            Age = CompletedYears(a.BirthDate!.Value, judgedOn),
            Sex = a.Sex!.Value,
            HealthRestriction = a.HealthRestriction,
            MissingLimbOrProsthesis = a.MissingLimbOrProsthesis,
            MedicalQualification = a.MedicalQualification,
            PublicOfficial = a.PublicOfficial,
            CriminalConviction = a.CriminalConviction,
            ActiveMilitary = a.ActiveMilitary,
            FormerWarParticipant = a.FormerWarParticipant,
            HasContract = k is not null,
            ContractMonths = k?.Months ?? 0,
            ContractDay = contractDay,
            TermDays = termDays,
            DaysInForce = daysInForce,
            InForceOnAsOf = contractDay >= 1 && contractDay <= daysInForce,
            TerminatedEarly = k?.TerminatedEarlyOn is not null,
            TerminatedByAsOf = k?.TerminatedEarlyOn is { } on && on <= asOf,
            TerminatedByUnit = k?.TerminatedBy == TerminatingParty.Unit,
            OnDutyInjuries = onDuty,
            JudgedOn = judgedOn,
            Start = start,
            TerminatedOn = k?.TerminatedEarlyOn,
            InjuredOnDutyOn = injuredOn,
        };
    }

    /// <summary>Age in completed years (I3); a 29 February birthday completes on 28 February in common years.</summary>
    private static int CompletedYears(DateOnly birth, DateOnly on)
    {
        var years = on.Year - birth.Year;
        if (on < birth.AddYears(years)) years--;
        return years;
    }
}

/// <summary>
/// The enlistment's result, the input the later workflows see as <c>member</c> (I4): the outcome and its reason, and
/// whether the applicant is enlisted, i.e. Eligible with a contract (I7: nobody is a member without one).
/// </summary>
internal sealed class MembershipFacts(EnlistmentOutcome outcome, UndeterminedReason? reason, bool enlisted)
{
    public EnlistmentOutcome Outcome { get; } = outcome;
    public UndeterminedReason? Reason { get; } = reason;
    public bool Enlisted { get; } = enlisted;
}

/// <summary>The phase decided by the <c>Service</c> workflow, the input the <c>Duties</c> workflow sees as <c>service</c>.</summary>
internal sealed class ServiceFacts(ServicePhase phase)
{
    public ServicePhase Phase { get; } = phase;
}
