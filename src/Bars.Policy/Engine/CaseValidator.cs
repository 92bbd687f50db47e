namespace Bars.Policy.Engine;

/// <summary>
/// Checks a case before any rule runs, and reports every problem at once, each by its JSON path. Facts the
/// policy decides on (an applicant too young, too old) are not errors: those are rule outcomes.
/// </summary>
internal static class CaseValidator
{
    public static List<ValidationError> Validate(PolicyCase c, Func<string, bool> isKnownRegion, IReadOnlyList<string> knownRegions)
    {
        var errors = new List<ValidationError>();

        if (c.CaseId is null) errors.Add(new("caseId", "is required."));
        else if (string.IsNullOrWhiteSpace(c.CaseId)) errors.Add(new("caseId", "must not be empty."));

        if (c.Region is null) errors.Add(new("region", $"is required: one of {string.Join(", ", knownRegions)}."));
        else if (!isKnownRegion(c.Region)) errors.Add(new("region", $"'{c.Region}' is not a known region: expected one of {string.Join(", ", knownRegions)}."));

        if (c.AsOf is null) errors.Add(new("asOf", "is required: the evaluation date, written yyyy-MM-dd."));
        var asOf = c.AsOf;

        ValidateApplicant(c.Applicant, asOf, errors);
        var term = ValidateContract(c.Contract, asOf, errors);
        ValidateInjuries(c.Injuries, c.Contract, term, asOf, errors);
        return errors;
    }

    private static void ValidateApplicant(Applicant? a, DateOnly? asOf, List<ValidationError> errors)
    {
        if (a is null)
        {
            errors.Add(new("applicant", "is required."));
            return;
        }

        if (a.BirthDate is null) errors.Add(new("applicant.birthDate", "is required, written yyyy-MM-dd."));
        else if (asOf is { } day && a.BirthDate > day)
        {
            errors.Add(new("applicant.birthDate", $"{a.BirthDate:yyyy-MM-dd} is after the evaluation date asOf ({day:yyyy-MM-dd})."));
        }

        if (a.Sex is null) errors.Add(new("applicant.sex", "is required: Male or Female."));
        else if (!Enum.IsDefined(a.Sex.Value)) errors.Add(new("applicant.sex", "must be Male or Female."));
    }

    // Returns the start, and the first day the contract is no longer in force when it is known,
    // so that injuries can be checked against them.
    private static (DateOnly Start, DateOnly? EndsBefore)? ValidateContract(Contract? k, DateOnly? asOf, List<ValidationError> errors)
    {
        if (k is null) return null;

        if (k.Months is null) errors.Add(new("contract.months", "is required: the contract's length in whole months."));
        else if (k.Months <= 0) errors.Add(new("contract.months", $"must be a positive number of months; got {k.Months}."));

        if (k.StartDate is null)
        {
            errors.Add(new("contract.startDate", "is required, written yyyy-MM-dd."));
            return null;
        }

        var start = k.StartDate.Value;
        DateOnly? end = null;
        if (k.Months > 0)
        {
            // Months from year 1's January; the end must fall in a representable month.
            var endMonth = (start.Year - 1) * 12L + (start.Month - 1) + k.Months.Value;
            if (endMonth > (DateOnly.MaxValue.Year - 1) * 12L + 11) errors.Add(new("contract.months", $"{k.Months} months from {start:yyyy-MM-dd} ends after the last representable date."));
            else end = start.AddMonths(k.Months.Value);
        }

        if (k.TerminatedEarlyOn is { } t)
        {
            if (t < start)
            {
                errors.Add(new("contract.terminatedEarlyOn", $"{t:yyyy-MM-dd} is before the contract's start ({start:yyyy-MM-dd})."));
            }
            else if (end is { } e && t >= e)
            {
                errors.Add(new("contract.terminatedEarlyOn", $"{t:yyyy-MM-dd} is not early: the contract's term ends on {e.AddDays(-1):yyyy-MM-dd}."));
            }

            if (asOf is { } day && t > day)
            {
                errors.Add(new("contract.terminatedEarlyOn", $"{t:yyyy-MM-dd} is after the evaluation date asOf ({day:yyyy-MM-dd}): a termination is reported once it has happened."));
            }
        }

        return (start, k.TerminatedEarlyOn ?? end);
    }

    private static void ValidateInjuries(IReadOnlyList<Injury>? injuries, Contract? contract, (DateOnly Start, DateOnly? EndsBefore)? term, DateOnly? asOf, List<ValidationError> errors)
    {
        if (injuries is null || injuries.Count == 0) return;
        if (contract is null)
        {
            errors.Add(new("injuries", "injuries are those suffered under a contract, and the case has no contract."));
        }

        for (var i = 0; i < injuries.Count; i++)
        {
            var path = $"injuries[{i}]";
            if (injuries[i] is not { } injury)
            {
                errors.Add(new(path, "must be an injury object, not null."));
                continue;
            }

            if (injury.OnDuty is null) errors.Add(new($"{path}.onDuty", "is required: true or false."));
            if (injury.Date is not { } date)
            {
                errors.Add(new($"{path}.date", "is required, written yyyy-MM-dd."));
                continue;
            }

            if (term is { } t && date < t.Start) errors.Add(new($"{path}.date", $"{date:yyyy-MM-dd} is before the contract's start ({t.Start:yyyy-MM-dd})."));

            // On duty means under a contract in force; off duty, the date only has to fall after the start.
            if (injury.OnDuty == true && term is { EndsBefore: { } endsBefore } && date >= endsBefore)
            {
                errors.Add(new($"{path}.date", $"{date:yyyy-MM-dd} is on duty but the contract was no longer in force (from {endsBefore:yyyy-MM-dd})."));
            }

            if (asOf is { } day && date > day) errors.Add(new($"{path}.date", $"{date:yyyy-MM-dd} is after the evaluation date asOf ({day:yyyy-MM-dd})."));
        }
    }
}
