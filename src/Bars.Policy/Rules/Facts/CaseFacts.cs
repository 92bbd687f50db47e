using Bars.Policy.Parameters;

namespace Bars.Policy.Rules.Facts;

/// <summary>
/// A valid case as the rules see it: derived values (age, contract day, injuries on duty) computed once,
/// the region's parameters resolved once, and the sheet the rules write their findings to.
/// A class, not a record: NRules identifies facts by equality, and each case is its own fact.
/// </summary>
internal sealed class CaseFacts
{
    public required string Region { get; init; }
    public required DateOnly AsOf { get; init; }
    public required int Age { get; init; }
    public required Sex Sex { get; init; }
    public required bool HealthRestriction { get; init; }
    public required bool MissingLimbOrProsthesis { get; init; }
    public required bool MedicalQualification { get; init; }
    public required bool PublicOfficial { get; init; }
    public required bool CriminalConviction { get; init; }
    public required bool ActiveMilitary { get; init; }
    public required bool FormerWarParticipant { get; init; }

    /// <summary>The contract, when one was signed.</summary>
    public required ContractFacts? Contract { get; init; }

    public required int OnDutyInjuries { get; init; }
    public required RegionParameters Parameters { get; init; }
    public DecisionSheet Sheet { get; } = new();

    public bool HasContract => Contract is not null;
    public bool TerminatedEarly => Contract?.TerminatedEarlyOn is not null;
    public bool IsWoman => Sex == Sex.Female;

    /// <summary>The day number of the contract on <see cref="AsOf"/> (day 1 = start), or null when no contract is in force.</summary>
    public int? ContractDay =>
        Contract is { } k && k.StartDate <= AsOf && AsOf < k.EndsBefore
            ? AsOf.DayNumber - k.StartDate.DayNumber + 1
            : null;

    /// <summary>The last day of training (C4): day <c>TrainingDays</c> of the contract.</summary>
    public DateOnly? TrainingEndsOn => Contract?.StartDate.AddDays(Parameters.TrainingDays.AsInt - 1);
}

/// <summary>A signed contract, with its end worked out.</summary>
/// <param name="Months">Length in months.</param>
/// <param name="StartDate">Day 1.</param>
/// <param name="EndsOn">The first day after the full term (start + months).</param>
/// <param name="TerminatedEarlyOn">The early termination day, if any.</param>
internal sealed record ContractFacts(int Months, DateOnly StartDate, DateOnly EndsOn, DateOnly? TerminatedEarlyOn)
{
    /// <summary>The first day the contract is no longer in force.</summary>
    public DateOnly EndsBefore => TerminatedEarlyOn ?? EndsOn;
}
