using System.Linq.Expressions;
using System.Reflection;
using Bars.Policy.Engine;
using Bars.Policy.Parameters;
using NRules.RuleModel;

namespace Bars.Policy.Explanation;

/// <summary>
/// Where a region's decisions can change, read off its own rules and parameters rather than written per rule: the
/// whole numbers its conditions compare against (constants such as a host's 21, values the rules captured) and
/// every value its parameters take (the ages 18 and 65, 21 days of training, 6- and 12-month contracts, a host's
/// values), and the dates its conditions name and its parameters' periods start and end. From those, for one case:
/// the dates on which its decision can change (birthdays at those ages, the days of the contract at those
/// counts, its end, the case's own dates), and the one-field changes worth trying.
/// </summary>
internal sealed class CaseCandidates
{
    /// <summary>The largest whole number read as an age, a day count or a length in months (a hundred years of months).</summary>
    public const int MaxNumber = 1200;

    private CaseCandidates(IReadOnlyList<int> numbers, IReadOnlyList<DateOnly> dates)
    {
        Numbers = numbers;
        Dates = dates;
    }

    /// <summary>The whole numbers, 0 to <see cref="MaxNumber"/>, ascending, that the rules compare against or the parameters take.</summary>
    public IReadOnlyList<int> Numbers { get; }

    /// <summary>The dates the conditions name and the parameters' periods start on or end after, ascending.</summary>
    public IReadOnlyList<DateOnly> Dates { get; }

    /// <summary>The candidates of a region with <paramref name="rules"/> and <paramref name="parameters"/>.</summary>
    public static CaseCandidates For(IEnumerable<IRuleDefinition> rules, ParameterTimeline parameters)
    {
        var finder = new ConstantFinder();
        foreach (var rule in rules)
        {
            foreach (var lambda in RuleExpressions.ConditionsOf(rule)) finder.Visit(lambda);
        }

        IEnumerable<ParameterValue> values = [.. Enum.GetValues<Parameter>().Select(p => parameters.Shipped[p]).OfType<ParameterValue>(), .. parameters.HostValues];
        foreach (var value in values)
        {
            finder.Number(value.Value);
            if (value.EffectiveFrom is { } from) finder.Dates.Add(from);
            if (value.EffectiveTo is { } to && to < DateOnly.MaxValue) finder.Dates.Add(to.AddDays(1));
        }

        return new CaseCandidates(finder.Numbers.Order().ToArray(), finder.Dates.Order().ToArray());
    }

    /// <summary>
    /// The dates after <paramref name="after"/> and up to <paramref name="upTo"/> on which the decision of
    /// <paramref name="c"/>, evaluated on that date, can differ from the day before's, ascending.
    /// </summary>
    public SortedSet<DateOnly> BoundaryDates(PolicyCase c, DateOnly after, DateOnly upTo)
    {
        var found = new SortedSet<DateOnly>();
        void Add(DateOnly? date)
        {
            if (date is { } d && after < d && d <= upTo) found.Add(d);
        }

        foreach (var d in Dates) Add(d);
        if (c.Applicant?.BirthDate is { } birth)
        {
            Add(birth);
            foreach (var n in Numbers)
            {
                // An age compared with n changes on the birthday of n (below/at least) or of n + 1 (at most/above).
                Add(AddYears(birth, n));
                Add(AddYears(birth, n + 1));
            }
        }

        if (c.Contract is { StartDate: { } start } k)
        {
            Add(start);
            foreach (var n in Numbers)
            {
                // A day of the contract compared with n changes on day n or day n + 1.
                Add(AddDays(start, n - 1));
                Add(AddDays(start, n));
            }

            if (k.Months is > 0 and var months && ContractTerm.OfMonths(start, months) is { } term) Add(AddDays(term.End, 1));
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

    // Whole numbers and dates named in conditions: constants, and values a rule captured (its fields, a closure's).
    private sealed class ConstantFinder : ExpressionVisitor
    {
        public HashSet<int> Numbers { get; } = [];

        public HashSet<DateOnly> Dates { get; } = [];

        public void Number(object? value)
        {
            decimal? n = value switch
            {
                int i => i,
                long l => l,
                short s => s,
                byte b => b,
                decimal d => d,
                double d when double.IsFinite(d) && Math.Abs(d) < 1e9 => (decimal)d,
                _ => null,
            };
            if (n is { } x && x == decimal.Truncate(x) && x >= 0 && x <= MaxNumber) Numbers.Add((int)x);
            if (value is DateOnly date)
            {
                Dates.Add(date);
                if (date < DateOnly.MaxValue) Dates.Add(date.AddDays(1));
            }
        }

        protected override Expression VisitConstant(ConstantExpression node)
        {
            Number(node.Value);
            return node;
        }

        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Expression is null && node.Member is FieldInfo { IsStatic: true } staticField)
            {
                Number(staticField.GetValue(null));
            }
            else if (node.Expression is ConstantExpression { Value: { } owner })
            {
                Number(node.Member switch
                {
                    FieldInfo f => f.GetValue(owner),
                    PropertyInfo p when p.GetIndexParameters().Length == 0 => p.GetValue(owner),
                    _ => null,
                });
            }

            return base.VisitMember(node);
        }
    }
}
