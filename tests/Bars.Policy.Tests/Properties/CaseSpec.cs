namespace Bars.Policy.Tests.Properties;

/// <summary>
/// A valid case described by a few knobs that shrink well. Offsets are relative (to asOf, to the contract's
/// start) and are clamped when the case is built, so every spec builds a valid case. Prints as the case's JSON,
/// so a failing property shows a counterexample that can be pasted into <c>bars-policy evaluate -</c>.
/// The trailing knobs (<see cref="Unknown"/>, a contract ended by the unit, a contract
/// placed by the end of its term, injuries off duty on any day) are set only by
/// <see cref="PolicyArbitraries.LifecycleCases"/>; the other generators leave them at their defaults.
/// </summary>
public sealed record CaseSpec(
    string Region,
    int AsOfDay,
    int AgeYears,
    int DaysSinceBirthday,
    bool DayBeforeNextBirthday,
    Sex Sex,
    bool HealthRestriction,
    bool MissingLimbOrProsthesis,
    bool MedicalQualification,
    bool PublicOfficial,
    bool CriminalConviction,
    bool ActiveMilitary,
    bool FormerWarParticipant,
    ContractSpec? Contract,
    InjurySpec[] Injuries,
    string CaseId = "p-1",
    string[]? Unknown = null)
{
    public static readonly DateOnly FirstAsOf = new(2024, 1, 1);

    public DateOnly AsOf => FirstAsOf.AddDays(AsOfDay);

    /// <summary>The contract's start date, when there is a contract.</summary>
    public DateOnly? StartDate => Contract is not { } k ? null
        : k.DaysAfterTerm is { } after ? AsOf.AddDays(1 - after).AddMonths(-k.Months) // asOf is that many days after the end of term
        : AsOf.AddDays(-k.StartedDaysAgo);

    /// <summary>The day enlistment is judged on (I6): the contract's start, or asOf without a contract.</summary>
    public DateOnly JudgedOn => StartDate ?? AsOf;

    // The age is the age on the day enlistment is judged (I6); a birth after asOf (a contract that starts later, an
    // age of 0) is brought back to asOf, where a birth can still be.
    public DateOnly BirthDate
    {
        get
        {
            var birth = DayBeforeNextBirthday
                ? JudgedOn.AddYears(-(AgeYears + 1)).AddDays(1)
                : JudgedOn.AddYears(-AgeYears).AddDays(-DaysSinceBirthday);
            return birth > AsOf ? AsOf : birth;
        }
    }

    public PolicyCase ToCase()
    {
        var asOf = AsOf;
        var applicant = new Applicant(BirthDate, Sex, HealthRestriction, MissingLimbOrProsthesis, MedicalQualification,
            PublicOfficial, CriminalConviction, ActiveMilitary, FormerWarParticipant);
        var anyDay = OffDutyOnAnyDay(asOf);
        if (Contract is not { } k)
        {
            return new PolicyCase(CaseId, Region, asOf, applicant, null, anyDay.Count == 0 ? null : anyDay) { Unknown = Unknown };
        }

        var start = StartDate!.Value;
        var end = start.AddMonths(k.Months);
        DateOnly? terminated = null;
        if (k.TerminatedOnDay is { } day && start <= asOf)
        {
            // Early termination: on or after the start, before the end of the term, not after asOf.
            var latest = Math.Min(end.DayNumber - 1, asOf.DayNumber);
            terminated = DateOnly.FromDayNumber(start.DayNumber + (day % (latest - start.DayNumber + 1)));
        }

        List<Injury>? injuries = anyDay.Count == 0 ? null : anyDay;
        if (start <= asOf && Injuries.Any(i => !i.AnyDay || i.OnDuty))
        {
            // Injuries fall while the contract is in force (on duty needs one, I12) and not after asOf.
            var last = Math.Min(asOf.DayNumber, (terminated ?? end).DayNumber - 1);
            var span = last - start.DayNumber + 1;
            if (span > 0)
            {
                injuries ??= [];
                injuries.AddRange(Injuries.Where(i => !i.AnyDay || i.OnDuty)
                    .Select(i => new Injury(DateOnly.FromDayNumber(start.DayNumber + (i.DayOfContract % span)), i.OnDuty)));
            }
        }

        // terminatedBy only with a termination (I13); absent, the volunteer ended it.
        var by = terminated is not null && k.ByUnit ? TerminatingParty.Unit : (TerminatingParty?)null;
        return new PolicyCase(CaseId, Region, asOf, applicant, new Contract(k.Months, start, terminated, by), injuries) { Unknown = Unknown };
    }

    /// <summary>The case as JSON.</summary>
    public string ToJson() => PolicyJson.Write(ToCase());

    // Injuries off duty on any day up to asOf, with or without a contract (I12).
    private List<Injury> OffDutyOnAnyDay(DateOnly asOf) =>
        Injuries.Where(i => i.AnyDay && !i.OnDuty).Select(i => new Injury(asOf.AddDays(-(i.DayOfContract % 1500)), false)).ToList();

    public override string ToString() => ToJson();
}

/// <summary>
/// A contract: its length, how long before asOf it started (negative: it starts after asOf), and an early
/// termination, by the volunteer or by the unit (I13). With <paramref name="DaysAfterTerm"/>, asOf falls that many days
/// after the last day of the term instead (0: the last day), and <paramref name="StartedDaysAgo"/> is not read.
/// </summary>
public sealed record ContractSpec(int Months, int StartedDaysAgo, int? TerminatedOnDay, bool ByUnit = false, int? DaysAfterTerm = null);

/// <summary>
/// An injury on some day of the contract (taken modulo the days in force up to asOf), on duty or not. With
/// <paramref name="AnyDay"/>, an injury off duty falls that many days before asOf instead (modulo 1,500), with or
/// without a contract (I12).
/// </summary>
public sealed record InjurySpec(int DayOfContract, bool OnDuty, bool AnyDay = false);

/// <summary>A case anywhere in a contract's lifecycle (<see cref="PolicyArbitraries.LifecycleCases"/>); prints as its JSON.</summary>
public sealed record LifecycleCase(CaseSpec Spec)
{
    public override string ToString() => Spec.ToString();
}
