using System.Linq.Expressions;
using System.Reflection;
using Bars.Policy.Parameters;
using Bars.Policy.Rules.Facts;

namespace Bars.Policy.Engine;

/// <summary>
/// Where a region's decisions can turn, read once off its own rules and parameters: the one place the timeline, why-not
/// and verification take their boundaries from. For each whole-number input field the cuts (a field's value where
/// some comparison changes from false to true), read off the conditions themselves: in
/// <c>x.Age &gt;= x.Whole(Parameter.MinimumAge)</c> the field is the age and it turns at the minimum age of every
/// period; in a host's <c>x.Case.Age &gt; 40</c> at 41. The side that is not the field is evaluated, for each period's
/// parameters, on a probe fact: any expression of constants, captured values and parameters will do. And the dates:
/// the days a parameter's value changes (<see cref="ParameterTimeline.ChangeDays"/>) and the dates a condition names.
/// </summary>
internal sealed class RuleBoundaries
{
    /// <summary>The largest whole number read as an age, a day count or a length in months (a hundred years of months).</summary>
    public const int MaxNumber = 1200;

    /// <summary>The ages (on the day enlistment is judged) at which a comparison turns.</summary>
    public List<int> Ages { get; } = [];

    /// <summary>The contract lengths in months at which a comparison turns.</summary>
    public List<int> Months { get; } = [];

    /// <summary>The days of the contract at which a comparison turns (day 22: assigned).</summary>
    public List<int> ContractDays { get; } = [];

    /// <summary>The counts of injuries on duty at which a comparison turns.</summary>
    public List<int> InjuriesOnDuty { get; } = [];

    /// <summary>Comparisons of the input the cuts do not cover, each naming its rule.</summary>
    public List<string> Unread { get; } = [];

    /// <summary>The days the region's parameters take another value on, ascending: where the calendar is cut into periods.</summary>
    public IReadOnlyList<DateOnly> ParameterChanges { get; private set; } = [];

    /// <summary>The dates a condition names (a host's "from 2026-01-01"): the date and the day after, ascending.</summary>
    public SortedSet<DateOnly> NamedDates { get; } = [];

    /// <summary>
    /// The whole numbers, 0 to <see cref="MaxNumber"/>, ascending, worth trying for a field: every cut, and every whole
    /// value a parameter takes in some period (a contract length the policy names, say, where no comparison turns).
    /// </summary>
    public IReadOnlyList<int> Numbers { get; private set; } = [];

    /// <summary>The parameters of each period of the region's calendar, the first period first.</summary>
    public IReadOnlyList<RegionParameters> Periods { get; private set; } = [];

    /// <summary>The boundaries of <paramref name="rules"/>' conditions and <paramref name="timeline"/>'s periods.</summary>
    public static RuleBoundaries Of(string region, IEnumerable<Anatomy.RuleAnatomy> rules, ParameterTimeline timeline)
    {
        var changes = timeline.ChangeDays();
        RegionParameters[] periods = changes.Count == 0 ? [timeline.Shipped] : changes.Prepend(DateOnly.MinValue).Select(d => timeline.On(d)).ToArray();
        var found = new RuleBoundaries { ParameterChanges = changes, Periods = periods };
        foreach (var rule in rules)
        {
            foreach (var comparison in rule.Comparisons) found.Read(rule.Name, region, comparison, periods);
        }

        var numbers = new SortedSet<int>(found.Ages.Concat(found.Months).Concat(found.ContractDays).Concat(found.InjuriesOnDuty));
        foreach (var period in periods)
        {
            foreach (var p in Enum.GetValues<Parameter>())
            {
                if (period[p]?.Value is { } v && v == decimal.Truncate(v) && v >= 0 && v <= MaxNumber) numbers.Add((int)v);
            }
        }

        found.Numbers = numbers.Where(n => n is >= 0 and <= MaxNumber).ToArray();
        return found;
    }

    private List<int> ListOf(string field) => field switch
    {
        "age" => Ages,
        "contract day" => ContractDays,
        "injuries on duty" => InjuriesOnDuty,
        _ => Months,
    };

    private static readonly object Threw = new();

    // Where one comparison turns, in each period: the cuts of its field, or why it is not read.
    private void Read(string rule, string region, Anatomy.RuleComparison comparison, IReadOnlyList<RegionParameters> periods)
    {
        var node = comparison.Node;
        switch (comparison.Kind)
        {
            case Anatomy.ComparisonKind.Unsplit:
                Unread.Add($"{rule}: {node} (a comparison the classes do not split on)");
                foreach (var side in comparison.DateSides)
                {
                    // A date a condition compares the input with: the decision may turn on it and on the day after.
                    if (EvaluateObject(side, comparison.Condition, region, periods[0]) is DateOnly date)
                    {
                        NamedDates.Add(date);
                        if (date < DateOnly.MaxValue) NamedDates.Add(date.AddDays(1));
                    }
                }

                return;
            case Anatomy.ComparisonKind.InputWithInput:
                Unread.Add($"{rule}: {node} (compares input with input)");
                return;
        }

        foreach (var period in periods)
        {
            // A parameter the period does not state (a contract length where C10 does not apply): no cut there; a
            // case that reached the comparison would throw, and verification reports a throw.
            var raw = EvaluateObject(comparison.Other!, comparison.Condition, region, period);
            if (ReferenceEquals(raw, Threw)) continue;
            if (AsWhole(raw) is not { } value)
            {
                Unread.Add($"{rule}: {node} (its value could not be read)");
                return;
            }

            // Where the comparison turns: field >= t and field < t between t - 1 and t; field > t and
            // field <= t between t and t + 1; equality on both sides of t.
            var type = comparison.Turn;
            var cuts = ListOf(comparison.Field!);
            if (type is ExpressionType.GreaterThanOrEqual or ExpressionType.LessThan or ExpressionType.Equal or ExpressionType.NotEqual) cuts.Add(value);
            if (type is ExpressionType.GreaterThan or ExpressionType.LessThanOrEqual or ExpressionType.Equal or ExpressionType.NotEqual) cuts.Add(value + 1);
        }
    }

    // The value of the side that is not the field, on a probe fact of the period, or null when it cannot be read.
    private static int? AsWhole(object? value) => value switch
    {
        int i => i,
        decimal d when decimal.Truncate(d) == d && d is >= int.MinValue and <= int.MaxValue => (int)d,
        _ => null,
    };

    // What an expression that reads no input evaluates to on a probe fact of the period, or Threw.
    private static object? EvaluateObject(Expression side, LambdaExpression condition, string region, RegionParameters period)
    {
        try
        {
            var probe = new CaseFacts { CaseId = "probe", Region = region, Parameters = period };
            var arguments = new object?[condition.Parameters.Count];
            for (var i = 0; i < arguments.Length; i++)
            {
                var type = condition.Parameters[i].Type;
                arguments[i] = type == typeof(CaseFacts) ? probe
                    : type == typeof(Membership) ? new Membership(probe, EnlistmentOutcome.Eligible, null, [])
                    : null;
            }

            return Expression.Lambda(Expression.Convert(side, typeof(object)), condition.Parameters).Compile(preferInterpretation: true).DynamicInvoke(arguments);
        }
        catch (TargetInvocationException)
        {
            return Threw;
        }
    }
}
