namespace Bars.Policy.Tests.Properties;

/// <summary>
/// A valid case described by a few knobs that shrink well. Offsets are relative (to asOf, to the contract's
/// start) and are clamped when the case is built, so every spec builds a valid case. Prints as the case's JSON,
/// so a failing property shows a counterexample that can be pasted into <c>bars-policy evaluate -</c>.
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
    string CaseId = "p-1")
{
    public static readonly DateOnly FirstAsOf = new(2024, 1, 1);

    public DateOnly AsOf => FirstAsOf.AddDays(AsOfDay);

    /// <summary>The day enlistment is judged on (I6): the contract's start, or asOf without a contract.</summary>
    public DateOnly JudgedOn => Contract is { } k ? AsOf.AddDays(-k.StartedDaysAgo) : AsOf;

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
        if (Contract is not { } k) return new PolicyCase(CaseId, Region, asOf, applicant);

        var start = asOf.AddDays(-k.StartedDaysAgo);
        var end = start.AddMonths(k.Months);
        DateOnly? terminated = null;
        if (k.TerminatedOnDay is { } day && start <= asOf)
        {
            // Early termination: on or after the start, before the end of the term, not after asOf.
            var latest = Math.Min(end.DayNumber - 1, asOf.DayNumber);
            terminated = DateOnly.FromDayNumber(start.DayNumber + (day % (latest - start.DayNumber + 1)));
        }

        Injury[]? injuries = null;
        if (start <= asOf && Injuries.Length > 0)
        {
            // Injuries fall while the contract is in force (on duty needs one) and not after asOf.
            var last = Math.Min(asOf.DayNumber, (terminated ?? end).DayNumber - 1);
            var span = last - start.DayNumber + 1;
            injuries = span <= 0 ? null : Injuries.Select(i => new Injury(DateOnly.FromDayNumber(start.DayNumber + (i.DayOfContract % span)), i.OnDuty)).ToArray();
        }

        return new PolicyCase(CaseId, Region, asOf, applicant, new Contract(k.Months, start, terminated), injuries);
    }

    public override string ToString() => PolicyJson.Write(ToCase());
}

/// <summary>A contract: its length, how long before asOf it started (negative: it starts after asOf), and an early termination.</summary>
public sealed record ContractSpec(int Months, int StartedDaysAgo, int? TerminatedOnDay);

/// <summary>An injury on some day of the contract (taken modulo the days in force up to asOf), on duty or not.</summary>
public sealed record InjurySpec(int DayOfContract, bool OnDuty);
