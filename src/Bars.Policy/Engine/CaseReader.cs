using Bars.Policy.Parameters;
using Bars.Policy.Rules.Facts;

namespace Bars.Policy.Engine;

/// <summary>
/// Reads a case once: every problem is reported at once, each by its JSON path, and when there is none the values
/// that were checked become the facts the rules match on. Facts the policy decides on (an applicant too young, too
/// old) are not errors: those are rule outcomes.
/// </summary>
internal static class CaseReader
{
    /// <summary>
    /// The most characters (UTF-16 code units) a caseId may have. The decision echoes the caseId, so an unbounded
    /// one would reach every writer; a longer caseId is an error and is not echoed.
    /// </summary>
    public const int MaxCaseIdLength = 256;

    /// <summary>The longest region name an invalid decision echoes (no shipped region comes near it).</summary>
    public const int MaxRegionLength = 64;

    /// <summary>The caseId as an invalid decision may echo it: null when it is too long to be one.</summary>
    public static string? EchoedCaseId(string? caseId) => caseId is { Length: > MaxCaseIdLength } || (caseId is not null && LoneSurrogate(caseId)) ? null : caseId;

    // Half of a surrogate pair alone is not text: written out it would become U+FFFD, and two caseIds one. The JSON
    // reader refuses the same id ("is not text: it escapes a lone surrogate"), so a PolicyCase given in code is held
    // to the same rule.
    private static bool LoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsSurrogate(text[i])) continue;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else return true;
        }

        return false;
    }

    /// <summary>The region as an invalid decision may echo it: null when it is too long to be one.</summary>
    public static string? EchoedRegion(string? region) => region is { Length: > MaxRegionLength } ? null : region;

    /// <summary>The facts of <paramref name="c"/>, or null with <paramref name="errors"/> filled.</summary>
    /// <param name="c">The case as given.</param>
    /// <param name="parametersOf">The parameters over time of a known region; null for any other name.</param>
    /// <param name="knownRegions">The known regions, for the error message.</param>
    /// <param name="errors">The problems found (the first <see cref="Json.CaseErrors.Kept"/>, then the count of the rest); empty when facts are returned.</param>
    public static CaseFacts? Read(PolicyCase c, Func<string, ParameterTimeline?> parametersOf, IReadOnlyList<string> knownRegions, out List<ValidationError> errors)
    {
        errors = [];

        if (c.CaseId is null) errors.Add(new("caseId", "is required."));
        else if (c.CaseId.Length > MaxCaseIdLength) errors.Add(new("caseId", $"has {c.CaseId.Length} characters: at most {MaxCaseIdLength} are allowed."));
        else if (string.IsNullOrWhiteSpace(c.CaseId)) errors.Add(new("caseId", "must not be empty."));
        else if (LoneSurrogate(c.CaseId)) errors.Add(new("caseId", "is not text: it holds a lone surrogate."));

        ParameterTimeline? timeline = null;
        if (c.Region is null) errors.Add(new("region", $"is required: one of {string.Join(", ", knownRegions)}."));
        else if ((timeline = parametersOf(c.Region)) is null) errors.Add(new("region", $"{Quoted(c.Region)} is not a known region: expected one of {string.Join(", ", knownRegions)}.{NameSuggestion.For(c.Region, knownRegions)}"));

        if (c.AsOf is null) errors.Add(new("asOf", "is required: the evaluation date, written yyyy-MM-dd."));
        var asOf = c.AsOf;

        var (birth, sex) = ReadApplicant(c.Applicant, asOf, c.Contract?.StartDate, errors);
        ApplicantFlags.CheckUnknown(c.Unknown, c.Applicant, errors);
        var contractErrors = errors.Count;
        var term = ReadContract(c.Contract, asOf, errors);
        var contract = c.Contract is { } k && errors.Count == contractErrors ? new ContractFacts(k.Months!.Value, term!, k.TerminatedEarlyOn, k.TerminatedBy) : null;
        var onDuty = ReadInjuries(c.Injuries, c.Contract, term, asOf, errors);
        if (errors.Count > 0)
        {
            errors = Json.CaseErrors.Bound(errors); // the first errors, and the count of the rest
            return null;
        }

        var a = c.Applicant!;
        var day = asOf!.Value;
        var judgedOn = contract?.StartDate ?? day;
        var facts = new CaseFacts
        {
            CaseId = c.CaseId!,
            Region = c.Region!,
            AsOf = day,
            JudgedOn = judgedOn,
            Age = CompletedYears(birth!.Value, judgedOn),
            Sex = sex!.Value,
            HealthRestriction = a.HealthRestriction,
            MissingLimbOrProsthesis = a.MissingLimbOrProsthesis,
            MedicalQualification = a.MedicalQualification,
            PublicOfficial = a.PublicOfficial,
            CriminalConviction = a.CriminalConviction,
            ActiveMilitary = a.ActiveMilitary,
            FormerWarParticipant = a.FormerWarParticipant,
            Contract = contract,
            OnDutyInjuryDates = onDuty,
            Parameters = timeline!.HostValues.Count == 0 ? timeline.Shipped : Resolved(timeline, day, contract, onDuty),
            Timeline = timeline,
        };

        // Checked on the facts: it needs the parameters in force on the case's date.
        if (facts.TrainingPastLastDate() is { } late)
        {
            errors.Add(late);
            return null;
        }

        return facts;
    }

    // Apart, so that the closure over the case is made only when a host's dated values can differ by day: every case
    // passes here, and without host values every day reads the shipped values.
    private static Parameters.RegionParameters Resolved(Parameters.ParameterTimeline timeline, DateOnly asOf, ContractFacts? contract, IReadOnlyList<DateOnly> onDuty) =>
        timeline.Resolve(of => DayOf(of, asOf, contract, onDuty));

    // The day each parameter is read on (ParameterDay): the pay day is asOf brought within the contract's days in force,
    // so a former member's decision reads the rate of his last day, not a later reform's.
    private static DateOnly DayOf(Parameters.ParameterDay.Of of, DateOnly asOf, ContractFacts? contract, IReadOnlyList<DateOnly> onDuty) => of switch
    {
        Parameters.ParameterDay.Of.Enlistment or Parameters.ParameterDay.Of.ContractStart => contract?.StartDate ?? asOf,
        Parameters.ParameterDay.Of.Injury when onDuty.Count == 1 => onDuty[0],
        _ => contract?.InForce is { } days ? (asOf < days.Start ? days.Start : asOf > days.End ? days.End : asOf) : contract?.StartDate ?? asOf,
    };

    // The value in quotes, cut when long, with its length then: an error never echoes a huge input back.
    private static string Quoted(string value) =>
        value.Length > Json.Echo.MaxLength ? $"'{Json.Echo.Cut(value)}' ({value.Length} characters)" : $"'{value}'";

    /// <summary>
    /// Age in completed years on <paramref name="on"/> (I3). Someone born on 29 February completes a year on
    /// 28 February in common years, as <see cref="DateOnly.AddYears"/> counts.
    /// </summary>
    public static int CompletedYears(DateOnly birth, DateOnly on)
    {
        var years = on.Year - birth.Year;
        if (on < birth.AddYears(years)) years--;
        return years;
    }

    private static (DateOnly? Birth, Sex? Sex) ReadApplicant(Applicant? a, DateOnly? asOf, DateOnly? start, List<ValidationError> errors)
    {
        if (a is null)
        {
            errors.Add(new("applicant", "is required."));
            return (null, null);
        }

        if (a.BirthDate is null) errors.Add(new("applicant.birthDate", "is required, written yyyy-MM-dd."));
        else if (asOf is { } day && a.BirthDate > day)
        {
            errors.Add(new("applicant.birthDate", $"{a.BirthDate:yyyy-MM-dd} is after the evaluation date asOf ({day:yyyy-MM-dd})."));
        }
        else if (start is { } first && a.BirthDate > first)
        {
            errors.Add(new("applicant.birthDate", $"{a.BirthDate:yyyy-MM-dd} is after the contract's start ({first:yyyy-MM-dd}), the day enlistment is judged on (I6)."));
        }

        if (a.Sex is null) errors.Add(new("applicant.sex", "is required: Male or Female."));
        else if (!Enum.IsDefined(a.Sex.Value)) errors.Add(new("applicant.sex", "must be Male or Female."));
        return (a.BirthDate, a.Sex);
    }

    // The contract's term, when its start and length are valid (the rest may still be in error).
    private static ContractTerm? ReadContract(Contract? k, DateOnly? asOf, List<ValidationError> errors)
    {
        if (k is null) return null;

        if (k.Months is null) errors.Add(new("contract.months", "is required: the contract's length in whole months."));
        else if (k.Months <= 0) errors.Add(new("contract.months", $"must be a positive number of months; got {k.Months}."));

        if (k.StartDate is not { } start)
        {
            errors.Add(new("contract.startDate", "is required, written yyyy-MM-dd."));
            return null;
        }

        ContractTerm? term = null;
        if (k.Months > 0)
        {
            term = ContractTerm.OfMonths(start, k.Months.Value);
            if (term is null) errors.Add(new("contract.months", $"{k.Months} months from {start:yyyy-MM-dd} ends after the last representable date."));
        }

        if (k.TerminatedEarlyOn is { } t)
        {
            if (t < start)
            {
                errors.Add(new("contract.terminatedEarlyOn", $"{t:yyyy-MM-dd} is before the contract's start ({start:yyyy-MM-dd})."));
            }
            else if (term is not null && t > term.End)
            {
                errors.Add(new("contract.terminatedEarlyOn", $"{t:yyyy-MM-dd} is not early: the contract's term ends on {term.End:yyyy-MM-dd}."));
            }

            if (asOf is { } day && t > day)
            {
                errors.Add(new("contract.terminatedEarlyOn", $"{t:yyyy-MM-dd} is after the evaluation date asOf ({day:yyyy-MM-dd}): a termination is reported once it has happened."));
            }
        }
        else if (k.TerminatedBy is { } party)
        {
            errors.Add(new("contract.terminatedBy", $"{party} ended the contract early, but the contract has no terminatedEarlyOn: give the day it was ended, or leave terminatedBy out."));
        }

        if (k.TerminatedBy is { } by && !Enum.IsDefined(by))
        {
            errors.Add(new("contract.terminatedBy", "must be Volunteer or Unit."));
        }

        return term;
    }

    // The days of the injuries on duty (I12): an injury on duty falls within the contract's days in force (there is no
    // duty outside them); one off duty may fall on any day up to asOf and gives nothing. Each is checked against the
    // contract as far as its fields could be read.
    private static IReadOnlyList<DateOnly> ReadInjuries(IReadOnlyList<Injury>? injuries, Contract? given, ContractTerm? term, DateOnly? asOf, List<ValidationError> errors)
    {
        if (injuries is null || injuries.Count == 0) return [];

        // What can be checked of a contract with errors of its own: the start, and the end when its length is valid.
        var start = given?.StartDate;
        var noLongerInForceFrom = start is null ? null : given!.TerminatedEarlyOn ?? term?.End.AddDays(1);

        List<DateOnly>? onDuty = null;
        for (var i = 0; i < injuries.Count; i++)
        {
            var path = $"injuries[{i}]";
            if (injuries[i] is not { } injury)
            {
                errors.Add(new(path, "must be an injury object, not null."));
                continue;
            }

            if (injury.OnDuty is null) errors.Add(new($"{path}.onDuty", "is required: true or false."));
            else if (injury.OnDuty.Value && given is null) errors.Add(new($"{path}.onDuty", "is on duty, and the case has no contract: there is no duty without one (I12)."));

            if (injury.Date is not { } date)
            {
                errors.Add(new($"{path}.date", "is required, written yyyy-MM-dd."));
                continue;
            }

            if (injury.OnDuty == true)
            {
                if (start is { } first && date < first) errors.Add(new($"{path}.date", $"{date:yyyy-MM-dd} is on duty but before the contract's start ({first:yyyy-MM-dd}) (I12)."));
                if (noLongerInForceFrom is { } from && date >= from)
                {
                    errors.Add(new($"{path}.date", $"{date:yyyy-MM-dd} is on duty but the contract was no longer in force (from {from:yyyy-MM-dd}) (I12)."));
                }

                (onDuty ??= []).Add(date);
            }

            if (asOf is { } day && date > day) errors.Add(new($"{path}.date", $"{date:yyyy-MM-dd} is after the evaluation date asOf ({day:yyyy-MM-dd})."));
        }

        return onDuty is null ? [] : onDuty;
    }
}
