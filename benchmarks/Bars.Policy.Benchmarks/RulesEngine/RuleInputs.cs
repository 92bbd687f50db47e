namespace Bars.Policy.Benchmarks.RulesEngineEncoding;

/// <summary>
/// The flat input the workflows see as <c>facts</c>: one valid case with its derived values (age, contract day,
/// injuries on duty) computed once in C#, as the library's case reader does. No policy is decided
/// here: every threshold and amount lives in <c>bars-policy.workflows.json</c>.
/// </summary>
internal sealed class RuleFacts
{
    public required string Region { get; init; }
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

    /// <summary>The day of the contract on asOf (day 1 = start), or 0 when no contract is in force on asOf.</summary>
    public required int ContractDay { get; init; }

    public required bool TerminatedEarly { get; init; }
    public required int OnDutyInjuries { get; init; }

    /// <summary>Derives the facts of a valid case.</summary>
    public static RuleFacts From(PolicyCase c)
    {
        var asOf = c.AsOf!.Value;
        var a = c.Applicant!;
        var k = c.Contract;

        var onDuty = 0;
        if (c.Injuries is { } injuries)
        {
            for (var i = 0; i < injuries.Count; i++)
            {
                if (injuries[i].OnDuty == true) onDuty++;
            }
        }

        var contractDay = 0;
        if (k is not null)
        {
            // The same domain type the library validates and decides with: the days in force, cut short by an early end.
            var term = ContractTerm.OfMonths(k.StartDate!.Value, k.Months!.Value)!;
            var inForce = k.TerminatedEarlyOn is { } t ? term.Before(t) : term;
            contractDay = inForce?.DayNumberOf(asOf) ?? 0;
        }

        return new RuleFacts
        {
            Region = c.Region!,
            Age = CompletedYears(a.BirthDate!.Value, asOf),
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
            TerminatedEarly = k?.TerminatedEarlyOn is not null,
            OnDutyInjuries = onDuty,
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

/// <summary>The enlistment outcome, the input the entitlement workflows see as <c>member</c> (I4).</summary>
internal sealed class MembershipFacts(EnlistmentOutcome outcome, UndeterminedReason? reason)
{
    public EnlistmentOutcome Outcome { get; } = outcome;
    public UndeterminedReason? Reason { get; } = reason;
}
