using Bars.Policy.Parameters;

namespace Bars.Policy.Rules.Facts;

/// <summary>
/// A valid case as rules see it (the fact every rule set can match), read once from the input by the engine: the
/// values that were checked, derived values (the day enlistment is judged and the age then, the contract day, the
/// injuries on duty) and the region's parameters, each read on its own day (<see cref="ParameterDay"/>). Input only: what the rules decide is recorded apart from it. A class, not a record: NRules identifies
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

    /// <summary>The day enlistment is judged on (I6): the contract's start date, or <see cref="AsOf"/> without a contract.</summary>
    public DateOnly JudgedOn { get; internal init; }

    /// <summary>Age in completed years on <see cref="JudgedOn"/> (I3, I6).</summary>
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

    /// <summary>How many injuries happened on duty (C5); each fell within the contract's days in force (I12).</summary>
    public int OnDutyInjuries => OnDutyInjuryDates.Count;

    /// <summary>The days of the injuries on duty, in the case's order.</summary>
    public IReadOnlyList<DateOnly> OnDutyInjuryDates { get; internal init; } = [];

    /// <summary>The day of the first injury on duty, or null without one.</summary>
    public DateOnly? FirstInjuryOnDuty => OnDutyInjuryDates.Count > 0 ? OnDutyInjuryDates[0] : null;

    /// <summary>The parameters each read on its own day (<see cref="ParameterDay"/>).</summary>
    internal RegionParameters Parameters { get; init; } = null!;

    /// <summary>The region's parameters over time: for a value's periods within the membership (I9).</summary>
    internal ParameterTimeline Timeline { get; init; } = null!;

    /// <summary>The value of <paramref name="parameter"/> in force for this case.</summary>
    /// <param name="parameter">Which number of the policy.</param>
    /// <returns>The value, or null where neither the source nor the host states one.</returns>
    public decimal? ValueOf(Parameter parameter) => Parameters[parameter]?.Value;

    /// <summary>A contract was signed.</summary>
    public bool HasContract => Contract is not null;

    /// <summary>The contract was terminated early.</summary>
    public bool TerminatedEarly => Contract?.TerminatedEarlyOn is not null;

    /// <summary>The contract was terminated early by the unit, not by the volunteer (I13).</summary>
    public bool TerminatedByUnit => Contract is { TerminatedEarlyOn: not null, TerminatedBy: TerminatingParty.Unit };

    /// <summary>The contract begins after <see cref="AsOf"/>.</summary>
    public bool ContractNotStarted => Contract is { } k && AsOf < k.StartDate;

    /// <summary>The contract's full term is over on <see cref="AsOf"/> (whether or not it was ended early).</summary>
    public bool TermOver => Contract is { } k && AsOf > k.Term.End;

    /// <summary>The applicant is a woman.</summary>
    public bool IsWoman => Sex == Sex.Female;

    /// <summary>The day number of the contract on <see cref="AsOf"/> (day 1 = start), or null when no contract is in force.</summary>
    public int? ContractDay => Contract?.InForce?.DayNumberOf(AsOf);

    /// <summary>The last day of training (C4): day <c>TrainingDays</c> of the contract (read on its start). Always representable: the
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
