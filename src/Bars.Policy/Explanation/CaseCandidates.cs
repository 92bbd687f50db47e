using Bars.Policy.Engine;
using Bars.Policy.Parameters;

namespace Bars.Policy.Explanation;

/// <summary>
/// For one case, the dates its decision can change on and the one-field changes worth trying, from the region's
/// boundaries (<see cref="RuleBoundaries"/>, read once off its rules and parameters: the one place they are derived).
/// </summary>
internal sealed class CaseCandidates
{
    /// <summary>The largest whole number read as an age, a day count or a length in months.</summary>
    public const int MaxNumber = RuleBoundaries.MaxNumber;

    private readonly RuleBoundaries boundaries;
    private readonly ParameterTimeline timeline;

    private CaseCandidates(RuleBoundaries boundaries, ParameterTimeline timeline)
    {
        this.boundaries = boundaries;
        this.timeline = timeline;
    }

    /// <summary>The whole numbers, 0 to <see cref="MaxNumber"/>, ascending, that the rules turn on or the parameters take.</summary>
    public IReadOnlyList<int> Numbers => boundaries.Numbers;

    /// <summary>The candidates of a region with <paramref name="boundaries"/> and <paramref name="parameters"/>.</summary>
    public static CaseCandidates For(RuleBoundaries boundaries, ParameterTimeline parameters) => new(boundaries, parameters);

    /// <summary>
    /// The dates after <paramref name="after"/> and up to <paramref name="upTo"/> on which the decision of
    /// <paramref name="c"/>, evaluated on that date, can differ from the day before's, ascending: the contract's start,
    /// the day after training ends (and each day of the contract a rule counts to), the day after the end of term,
    /// the termination day, each injury's day, each day a parameter takes another value and each date a condition
    /// names; and the birthdays at the ages the rules turn on, on the days age is judged on <c>asOf</c>: before the
    /// contract's start, or throughout without one (from the start, enlistment was judged once, I6).
    /// </summary>
    public SortedSet<DateOnly> BoundaryDates(PolicyCase c, DateOnly after, DateOnly upTo)
    {
        var found = new SortedSet<DateOnly>();
        void Add(DateOnly? date)
        {
            if (date is { } d && after < d && d <= upTo) found.Add(d);
        }

        foreach (var d in boundaries.ParameterChanges) Add(d);
        foreach (var d in boundaries.NamedDates) Add(d);
        var start = c.Contract?.StartDate;
        if (c.Applicant?.BirthDate is { } birth)
        {
            Add(birth);
            foreach (var age in boundaries.Ages)
            {
                // An age cut at n turns on the n-th birthday.
                if (AddYears(birth, age) is { } birthday && (start is not { } s || birthday < s)) Add(birthday);
            }
        }

        if (c.Contract is { StartDate: { } first } k)
        {
            Add(first);
            // Training's length is read on the start (ParameterDay); the day after it ends the member is assigned.
            if (timeline.On(first, Parameter.TrainingDays)?.AsInt is { } training) Add(AddDays(first, training));
            foreach (var day in boundaries.ContractDays) Add(AddDays(first, day - 1));
            if (k.Months is > 0 and var months && ContractTerm.OfMonths(first, months) is { } term) Add(AddDays(term.End, 1));
            Add(k.TerminatedEarlyOn);
        }

        foreach (var injury in c.Injuries ?? []) Add(injury?.Date);
        return found;
    }

    /// <summary>
    /// The one-field changes of <paramref name="c"/> worth trying, apart from time: another region, the other
    /// sex, a birth date at each age the rules name (the nearest), each flag turned, each contract length the rules
    /// name, or a contract of such a length from the case's date where there is none.
    /// </summary>
    public IEnumerable<CaseChange> Changes(PolicyCase c, IReadOnlyList<string> regions)
    {
        foreach (var region in regions)
        {
            if (region != c.Region) yield return new CaseChange("region", c.Region, region, false, $"in {region}");
        }

        if (c.Applicant is not { } applicant || c.AsOf is not { } asOf) yield break;
        if (applicant.Sex is { } sex)
        {
            var other = sex == Sex.Male ? Sex.Female : Sex.Male;
            yield return new CaseChange("applicant.sex", sex.ToString(), other.ToString(), false, other == Sex.Male ? "as a man" : "as a woman");
        }

        if (applicant.BirthDate is { } birth && birth <= asOf)
        {
            var age = CaseReader.CompletedYears(birth, asOf);
            var births = new List<DateOnly>();
            foreach (var target in Around(0, 150).Where(t => t != age))
            {
                if (NearestBirth(birth, asOf, target) is { } b) births.Add(b);
            }

            foreach (var b in births.Distinct().OrderBy(b => Math.Abs(b.DayNumber - birth.DayNumber)))
            {
                yield return new CaseChange("applicant.birthDate", CaseChange.Write(birth), CaseChange.Write(b), false,
                    $"if born on {CaseChange.Write(b)} (aged {CaseReader.CompletedYears(b, asOf)} on {CaseChange.Write(asOf)})");
            }
        }

        foreach (var flag in ApplicantFlags.All)
        {
            var now = flag.Get(applicant);
            yield return new CaseChange($"applicant.{flag.Name}", now ? "true" : "false", now ? "false" : "true", flag.ByThePerson, (now ? "without " : "with ") + flag.Words);
        }

        if (c.Contract is { Months: { } months })
        {
            foreach (var m in Around(1, MaxNumber).Where(m => m != months).OrderBy(m => Math.Abs(m - months)))
            {
                var text = m.ToString(System.Globalization.CultureInfo.InvariantCulture);
                yield return new CaseChange("contract.months", months.ToString(System.Globalization.CultureInfo.InvariantCulture), text, true, $"with a {text}-month contract");
            }
        }
        else if (c.Contract is null)
        {
            foreach (var m in Around(1, MaxNumber))
            {
                yield return new CaseChange("contract", null, CaseChange.Contract(m, asOf), true, $"with a {m}-month contract from {CaseChange.Write(asOf)}");
            }
        }
    }

    // The numbers and their neighbours within [min, max]: a comparison with n turns at n or at n ± 1.
    private IEnumerable<int> Around(int min, int max) =>
        Numbers.SelectMany(n => new[] { n - 1, n, n + 1 }).Where(n => n >= min && n <= max).Distinct().Order();

    // The birth date nearest to birth at which the applicant is aged target on asOf, or null.
    private static DateOnly? NearestBirth(DateOnly birth, DateOnly asOf, int target)
    {
        if (AddYears(asOf, -target) is not { } latest) return null;
        var earliest = AddYears(asOf, -(target + 1)) is { } before ? AddDays(before, 1) : DateOnly.MinValue;
        var candidate = birth > latest ? latest : earliest;
        // The calendar (29 February) can put either end a day off; keep only a date that really gives the age.
        return candidate is { } b && CaseReader.CompletedYears(b, asOf) == target ? b : null;
    }

    private static DateOnly? AddYears(DateOnly date, int years)
    {
        var year = date.Year + years;
        return year is >= 1 and <= 9999 ? date.AddYears(years) : null;
    }

    private static DateOnly? AddDays(DateOnly date, int days)
    {
        var n = (long)date.DayNumber + days;
        return n >= DateOnly.MinValue.DayNumber && n <= DateOnly.MaxValue.DayNumber ? DateOnly.FromDayNumber((int)n) : null;
    }
}
