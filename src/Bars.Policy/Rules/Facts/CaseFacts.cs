using Bars.Policy.Parameters;

namespace Bars.Policy.Rules.Facts;

/// <summary>
/// A valid case as rules see it (the fact every rule set can match): derived values (age, contract day, injuries on
/// duty) computed once and the region's parameters resolved for the case's date. A class, not a record: NRules
/// identifies facts by equality, and each case is its own fact.
/// </summary>
public sealed class CaseFacts
{
    internal CaseFacts()
    {
    }

    /// <summary>The case's region.</summary>
    public string Region { get; internal init; } = "";

    /// <summary>The evaluation date.</summary>
    public DateOnly AsOf { get; internal init; }

    /// <summary>Age in completed years on <see cref="AsOf"/> (I3).</summary>
    public int Age { get; internal init; }

    /// <summary>The applicant's sex.</summary>
    public Sex Sex { get; internal init; }

    /// <summary>The applicant has a health restriction (C2).</summary>
    public bool HealthRestriction { get; internal init; }

    /// <summary>The applicant has a missing limb or a prosthesis (C3).</summary>
    public bool MissingLimbOrProsthesis { get; internal init; }

    /// <summary>The applicant holds a medical qualification (C12).</summary>
    public bool MedicalQualification { get; internal init; }

    /// <summary>The applicant is a deputy or public official (C14).</summary>
    public bool PublicOfficial { get; internal init; }

    /// <summary>The applicant has a criminal conviction (C19).</summary>
    public bool CriminalConviction { get; internal init; }

    /// <summary>The applicant serves in the armed forces (C19).</summary>
    public bool ActiveMilitary { get; internal init; }

    /// <summary>The applicant formerly took part in the war (C19).</summary>
    public bool FormerWarParticipant { get; internal init; }

    /// <summary>The contract, when one was signed.</summary>
    public ContractFacts? Contract { get; internal init; }

    /// <summary>How many injuries happened on duty (C5).</summary>
    public int OnDutyInjuries { get; internal init; }

    internal RegionParameters Parameters { get; init; } = null!;

    internal DecisionSheet Sheet { get; } = new();

    /// <summary>The value of <paramref name="parameter"/> in force for this case, or null where none is stated.</summary>
    public decimal? ValueOf(Parameter parameter) => Parameters[parameter]?.Value;

    /// <summary>A contract was signed.</summary>
    public bool HasContract => Contract is not null;

    /// <summary>The contract was terminated early.</summary>
    public bool TerminatedEarly => Contract?.TerminatedEarlyOn is not null;

    /// <summary>The applicant is a woman.</summary>
    public bool IsWoman => Sex == Sex.Female;

    /// <summary>The day number of the contract on <see cref="AsOf"/> (day 1 = start), or null when no contract is in force.</summary>
    public int? ContractDay =>
        Contract is { } k && k.StartDate <= AsOf && AsOf < k.EndsBefore
            ? AsOf.DayNumber - k.StartDate.DayNumber + 1
            : null;

    /// <summary>The last day of training (C4): day <c>TrainingDays</c> of the contract.</summary>
    internal DateOnly? TrainingEndsOn => Contract?.StartDate.AddDays(Parameters.TrainingDays.AsInt - 1);
}

/// <summary>A signed contract, with its end worked out.</summary>
/// <param name="Months">Length in months.</param>
/// <param name="StartDate">Day 1.</param>
/// <param name="EndsOn">The first day after the full term (start + months).</param>
/// <param name="TerminatedEarlyOn">The early termination day, if any.</param>
public sealed record ContractFacts(int Months, DateOnly StartDate, DateOnly EndsOn, DateOnly? TerminatedEarlyOn)
{
    /// <summary>The first day the contract is no longer in force.</summary>
    public DateOnly EndsBefore => TerminatedEarlyOn ?? EndsOn;
}
