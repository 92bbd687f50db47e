using System.Linq.Expressions;
using System.Reflection;
using Bars.Policy.Engine;
using Bars.Policy.Parameters;
using Bars.Policy.Rules.Facts;
using NRules.RuleModel;

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
    private static readonly Dictionary<MemberInfo, string> FieldsRead = new()
    {
        [typeof(CaseFacts).GetProperty(nameof(CaseFacts.Age))!] = "age",
        [typeof(CaseFacts).GetProperty(nameof(CaseFacts.ContractDay))!] = "contract day",
        [typeof(CaseFacts).GetProperty(nameof(CaseFacts.OnDutyInjuries))!] = "injuries on duty",
        [typeof(ContractFacts).GetProperty(nameof(ContractFacts.Months))!] = "contract months",
    };

    // Members of the input a comparison may read that the classes do not split on: a comparison of one is reported.
    private static readonly HashSet<MemberInfo> Unsplit =
    [
        typeof(CaseFacts).GetProperty(nameof(CaseFacts.AsOf))!,
        typeof(CaseFacts).GetProperty(nameof(CaseFacts.JudgedOn))!,
        typeof(CaseFacts).GetProperty(nameof(CaseFacts.CaseId))!,
        typeof(CaseFacts).GetProperty(nameof(CaseFacts.TrainingEndsOn), BindingFlags.Instance | BindingFlags.NonPublic)!,
        typeof(ContractFacts).GetProperty(nameof(ContractFacts.StartDate))!,
        typeof(ContractFacts).GetProperty(nameof(ContractFacts.TerminatedEarlyOn))!,
        typeof(ContractFacts).GetProperty(nameof(ContractFacts.Term))!,
        typeof(ContractFacts).GetProperty(nameof(ContractFacts.InForce))!,
    ];

    /// <summary>The largest whole number read as an age, a day count or a length in months (a hundred years of months).</summary>
    public const int MaxNumber = 1200;

    /// <summary>The ages (on the day enlistment is judged) at which a comparison turns.</summary>
    public List<int> Ages { get; } = [];

    private static readonly MemberInfo AsOfMember = typeof(CaseFacts).GetProperty(nameof(CaseFacts.AsOf))!;

    // The days of a contract its phase classes fall on either side of.
    private static readonly HashSet<MemberInfo> PhaseEdges =
    [
        typeof(ContractTerm).GetProperty(nameof(ContractTerm.Start))!,
        typeof(ContractTerm).GetProperty(nameof(ContractTerm.End))!,
        typeof(ContractFacts).GetProperty(nameof(ContractFacts.StartDate))!,
        typeof(ContractFacts).GetProperty(nameof(ContractFacts.TerminatedEarlyOn))!,
    ];

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
    public static RuleBoundaries Of(string region, IEnumerable<IRuleDefinition> rules, ParameterTimeline timeline)
    {
        var changes = timeline.ChangeDays();
        RegionParameters[] periods = changes.Count == 0 ? [timeline.Shipped] : changes.Prepend(DateOnly.MinValue).Select(d => timeline.On(d)).ToArray();
        var found = new RuleBoundaries { ParameterChanges = changes, Periods = periods };
        foreach (var rule in rules)
        {
            foreach (var condition in RuleExpressions.ConditionsOf(rule))
            {
                new Reader(found, rule.Name, region, condition, periods).Visit(condition.Body);
            }
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

    private sealed class Reader(RuleBoundaries found, string rule, string region, LambdaExpression condition, IReadOnlyList<RegionParameters> periods) : ExpressionVisitor
    {
        protected override Expression VisitBinary(BinaryExpression node)
        {
            if (node.NodeType is ExpressionType.Equal or ExpressionType.NotEqual or ExpressionType.LessThan
                or ExpressionType.LessThanOrEqual or ExpressionType.GreaterThan or ExpressionType.GreaterThanOrEqual)
            {
                Compare(node, Stripped(node.Left), Stripped(node.Right));
            }

            return base.VisitBinary(node);
        }

        private void Compare(BinaryExpression node, Expression left, Expression right)
        {
            var (field, other, flipped) = FieldOf(left) is { } l ? (l, right, false) : FieldOf(right) is { } r ? (r, left, true) : (null, null, false);
            if (field is null)
            {
                if (IsPhaseEdge(left, right) || IsPhaseEdge(right, left)) return; // the phase classes give both sides
                if (Reads(left) || Reads(right))
                {
                    found.Unread.Add($"{rule}: {node} (a comparison the classes do not split on)");
                    foreach (var side in (Expression[])[left, right])
                    {
                        // A date a condition compares the input with: the decision may turn on it and on the day after.
                        if (!Reads(side) && EvaluateObject(side, periods[0]) is DateOnly date)
                        {
                            found.NamedDates.Add(date);
                            if (date < DateOnly.MaxValue) found.NamedDates.Add(date.AddDays(1));
                        }
                    }
                }

                return;
            }

            if (other is ConstantExpression { Value: null }) return; // a null test: the classes give both
            if (FieldOf(other!) is not null || Reads(other!))
            {
                found.Unread.Add($"{rule}: {node} (compares input with input)");
                return;
            }

            foreach (var period in periods)
            {
                // A parameter the period does not state (a contract length where C10 does not apply): no cut there; a
                // case that reached the comparison would throw, and verification reports a throw.
                var raw = EvaluateObject(other!, period);
                if (ReferenceEquals(raw, Threw)) continue;
                if (AsWhole(raw) is not { } value)
                {
                    found.Unread.Add($"{rule}: {node} (its value could not be read)");
                    return;
                }

                // Where the comparison turns: field >= t and field < t between t - 1 and t; field > t and
                // field <= t between t and t + 1; equality on both sides of t.
                var type = flipped ? Flip(node.NodeType) : node.NodeType;
                var cuts = found.ListOf(field);
                if (type is ExpressionType.GreaterThanOrEqual or ExpressionType.LessThan or ExpressionType.Equal or ExpressionType.NotEqual) cuts.Add(value);
                if (type is ExpressionType.GreaterThan or ExpressionType.LessThanOrEqual or ExpressionType.Equal or ExpressionType.NotEqual) cuts.Add(value + 1);
            }
        }

        // t < field is field > t, and so on.
        private static ExpressionType Flip(ExpressionType type) => type switch
        {
            ExpressionType.LessThan => ExpressionType.GreaterThan,
            ExpressionType.LessThanOrEqual => ExpressionType.GreaterThanOrEqual,
            ExpressionType.GreaterThan => ExpressionType.LessThan,
            ExpressionType.GreaterThanOrEqual => ExpressionType.LessThanOrEqual,
            _ => type,
        };

        // asOf against a day the contract itself names (its start, the end of its term, its termination): the
        // contract's phases on asOf (not started, day 1, last day, after the end, terminated on asOf) fall on both sides.
        private static bool IsPhaseEdge(Expression asOf, Expression day) =>
            Stripped(asOf) is MemberExpression { Member: var a } && a == AsOfMember
            && Stripped(day) is MemberExpression { Member: var d } && PhaseEdges.Contains(d);

        // The value of the side that is not the field, on a probe fact of the period, or null when it cannot be read.
        private static int? AsWhole(object? value) => value switch
        {
            int i => i,
            decimal d when decimal.Truncate(d) == d && d is >= int.MinValue and <= int.MaxValue => (int)d,
            _ => null,
        };

        // What an expression that reads no input evaluates to on a probe fact of the period, or Threw.
        private object? EvaluateObject(Expression side, RegionParameters period)
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

        private static Expression Stripped(Expression e)
        {
            while (e is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } u) e = u.Operand;
            return e;
        }

        private static string? FieldOf(Expression e) =>
            Stripped(e) is MemberExpression m && FieldsRead.TryGetValue(m.Member, out var field) ? field : null;

        // Whether the expression reads the input somewhere the classes do not split on.
        private static bool Reads(Expression e)
        {
            var finder = new InputFinder();
            finder.Visit(e);
            return finder.Found;
        }
    }

    private sealed class InputFinder : ExpressionVisitor
    {
        public bool Found { get; private set; }

        protected override Expression VisitMember(MemberExpression node)
        {
            if (Unsplit.Contains(node.Member) || FieldsRead.ContainsKey(node.Member)) Found = true;
            return base.VisitMember(node);
        }
    }
}
