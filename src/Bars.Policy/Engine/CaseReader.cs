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
    public static string? EchoedCaseId(string? caseId) => caseId is { Length: > MaxCaseIdLength } ? null : caseId;

    /// <summary>The region as an invalid decision may echo it: null when it is too long to be one.</summary>
    public static string? EchoedRegion(string? region) => region is { Length: > MaxRegionLength } ? null : region;

    /// <summary>The facts of <paramref name="c"/>, or null with <paramref name="errors"/> filled.</summary>
    /// <param name="c">The case as given.</param>
    /// <param name="parametersOf">The parameters over time of a known region; null for any other name.</param>
    /// <param name="knownRegions">The known regions, for the error message.</param>
    /// <param name="errors">Every problem found; empty when facts are returned.</param>
    public static CaseFacts? Read(PolicyCase c, Func<string, ParameterTimeline?> parametersOf, IReadOnlyList<string> knownRegions, out List<ValidationError> errors)
    {
        errors = [];

        if (c.CaseId is null) errors.Add(new("caseId", "is required."));
        else if (c.CaseId.Length > MaxCaseIdLength) errors.Add(new("caseId", $"has {c.CaseId.Length} characters: at most {MaxCaseIdLength} are allowed."));
        else if (string.IsNullOrWhiteSpace(c.CaseId)) errors.Add(new("caseId", "must not be empty."));

        ParameterTimeline? timeline = null;
        if (c.Region is null) errors.Add(new("region", $"is required: one of {string.Join(", ", knownRegions)}."));
        else if ((timeline = parametersOf(c.Region)) is null) errors.Add(new("region", $"{Quoted(c.Region)} is not a known region: expected one of {string.Join(", ", knownRegions)}."));

        if (c.AsOf is null) errors.Add(new("asOf", "is required: the evaluation date, written yyyy-MM-dd."));
        var asOf = c.AsOf;

        var (birth, sex) = ReadApplicant(c.Applicant, asOf, errors);
        Explanation.ApplicantFlags.CheckUnknown(c.Unknown, c.Applicant, errors);
        var contractErrors = errors.Count;
        var term = ReadContract(c.Contract, asOf, errors);
        var contract = c.Contract is { } k && errors.Count == contractErrors ? new ContractFacts(k.Months!.Value, term!, k.TerminatedEarlyOn) : null;
        var onDuty = ReadInjuries(c.Injuries, c.Contract, term, asOf, errors);
        if (errors.Count > 0) return null;

        var a = c.Applicant!;
        var facts = new CaseFacts
        {
            CaseId = c.CaseId!,
            Region = c.Region!,
            AsOf = asOf!.Value,
            Age = CompletedYears(birth!.Value, asOf.Value),
            Sex = sex!.Value,
            HealthRestriction = a.HealthRestriction,
            MissingLimbOrProsthesis = a.MissingLimbOrProsthesis,
            MedicalQualification = a.MedicalQualification,
            PublicOfficial = a.PublicOfficial,
            CriminalConviction = a.CriminalConviction,
            ActiveMilitary = a.ActiveMilitary,
            FormerWarParticipant = a.FormerWarParticipant,
            Contract = contract,
            OnDutyInjuries = onDuty,
            Parameters = timeline!.On(asOf.Value),
        };

        // Checked on the facts: it needs the parameters in force on the case's date.
        if (facts.TrainingPastLastDate() is { } late)
        {
            errors.Add(late);
            return null;
        }

        return facts;
    }

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

    private static (DateOnly? Birth, Sex? Sex) ReadApplicant(Applicant? a, DateOnly? asOf, List<ValidationError> errors)
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

        return term;
    }

    // Counts the injuries on duty; an injury is checked against the contract as far as its fields could be read.
    private static int ReadInjuries(IReadOnlyList<Injury>? injuries, Contract? given, ContractTerm? term, DateOnly? asOf, List<ValidationError> errors)
    {
        if (injuries is null || injuries.Count == 0) return 0;
        if (given is null)
        {
            errors.Add(new("injuries", "injuries are those suffered under a contract, and the case has no contract."));
        }

        // What can be checked of a contract with errors of its own: the start, and the end when its length is valid.
        var start = given?.StartDate;
        var noLongerInForceFrom = start is null ? null : given!.TerminatedEarlyOn ?? term?.End.AddDays(1);

        var onDuty = 0;
        for (var i = 0; i < injuries.Count; i++)
        {
            var path = $"injuries[{i}]";
            if (injuries[i] is not { } injury)
            {
                errors.Add(new(path, "must be an injury object, not null."));
                continue;
            }

            if (injury.OnDuty is null) errors.Add(new($"{path}.onDuty", "is required: true or false."));
            else if (injury.OnDuty.Value) onDuty++;

            if (injury.Date is not { } date)
            {
                errors.Add(new($"{path}.date", "is required, written yyyy-MM-dd."));
                continue;
            }

            if (start is { } first && date < first) errors.Add(new($"{path}.date", $"{date:yyyy-MM-dd} is before the contract's start ({first:yyyy-MM-dd})."));

            // On duty means under a contract in force; off duty, the date only has to fall after the start.
            if (injury.OnDuty == true && noLongerInForceFrom is { } from && date >= from)
            {
                errors.Add(new($"{path}.date", $"{date:yyyy-MM-dd} is on duty but the contract was no longer in force (from {from:yyyy-MM-dd})."));
            }

            if (asOf is { } day && date > day) errors.Add(new($"{path}.date", $"{date:yyyy-MM-dd} is after the evaluation date asOf ({day:yyyy-MM-dd})."));
        }

        return onDuty;
    }
}
