using Bars.Policy.Parameters;

namespace Bars.Policy.Rules.Facts;

/// <summary>
/// A valid case as rules see it (the fact every rule set can match), read once from the input by the engine: the
/// values that were checked, derived values (age, contract day, injuries on duty) and the region's parameters for the
/// case's date. Input only: what the rules decide is recorded apart from it. A class, not a record: NRules identifies
/// facts by equality, and each case is its own fact.
/// </summary>
public sealed class CaseFacts
{
    internal CaseFacts()
    {
    }

    /// <summary>The case's identifier.</summary>
    public string CaseId { get; internal init; } = "";

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

    /// <summary>The value of <paramref name="parameter"/> in force for this case.</summary>
    /// <param name="parameter">Which number of the policy.</param>
    /// <returns>The value, or null where neither the source nor the host states one.</returns>
    public decimal? ValueOf(Parameter parameter) => Parameters[parameter]?.Value;

    /// <summary>A contract was signed.</summary>
    public bool HasContract => Contract is not null;

    /// <summary>The contract was terminated early.</summary>
    public bool TerminatedEarly => Contract?.TerminatedEarlyOn is not null;

    /// <summary>The applicant is a woman.</summary>
    public bool IsWoman => Sex == Sex.Female;

    /// <summary>The day number of the contract on <see cref="AsOf"/> (day 1 = start), or null when no contract is in force.</summary>
    public int? ContractDay => Contract?.InForce?.DayNumberOf(AsOf);

    /// <summary>The last day of training (C4): day <c>TrainingDays</c> of the contract. Always representable: the
    /// engine answers a case whose training would end later with <see cref="TrainingPastLastDate"/> instead.</summary>
    internal DateOnly? TrainingEndsOn => Contract?.StartDate.AddDays(Whole(Parameter.TrainingDays) - 1);

    /// <summary>
    /// The validation error of a case whose training would end after the last representable date, or null. Only a
    /// host's longer training on a contract that starts late in 9999 can (the shipped three weeks end by 9999-12-20
    /// for every representable contract). Such a case is refused rather than given a clamped end date, which would
    /// be false, or none, which would say there is no training.
    /// </summary>
    internal ValidationError? TrainingPastLastDate()
    {
        if (Contract is not { } contract) return null;
        var days = Whole(Parameter.TrainingDays);
        if (DateOnly.MaxValue.DayNumber - contract.StartDate.DayNumber >= days - 1) return null;
        return new(
            "contract.startDate",
            $"{contract.StartDate:yyyy-MM-dd} is too late for the {days} days of training (TrainingDays, cited '{Stated(Parameter.TrainingDays)!.Citation.Id}') in {Region}: they would end after the last representable date ({DateOnly.MaxValue:yyyy-MM-dd}).");
    }

    /// <summary>The value of <paramref name="parameter"/>, where it may be unstated; rules read parameters only
    /// through this and <see cref="Whole"/>, naming the parameter, so the catalogue can tell which each rule uses.</summary>
    internal ParameterValue? Stated(Parameter parameter) => Parameters[parameter];

    /// <summary>A parameter every region states (ages, training days, contract lengths), as a whole number.</summary>
    internal int Whole(Parameter parameter) =>
        Parameters[parameter]?.AsInt ?? throw new InvalidOperationException($"{parameter} is not stated for {Region}.");
}
