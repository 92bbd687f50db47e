using System.Linq.Expressions;
using System.Reflection;
using Bars.Policy.Rules.Facts;

namespace Bars.Policy.Engine.Anatomy;

/// <summary>
/// Reads the comparisons of a rule's conditions (<see cref="RuleComparison"/>): in <c>x.Age &gt;= x.Whole(Parameter.MinimumAge)</c>
/// the field is the age and the other side is evaluated later, per region and period, by <see cref="RuleBoundaries"/>.
/// Comparisons of asOf with a day the contract names (its start, end, termination) are left out: the contract's
/// phase classes give both sides; so are null tests.
/// </summary>
internal sealed class ComparisonsRead(List<RuleComparison> found, LambdaExpression condition) : ExpressionVisitor
{
    /// <summary>The whole-number fields of the input a comparison may turn on, by the name the boundaries use.</summary>
    public static readonly Dictionary<MemberInfo, string> FieldsRead = new()
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

    private static readonly MemberInfo AsOfMember = typeof(CaseFacts).GetProperty(nameof(CaseFacts.AsOf))!;

    // The days of a contract its phase classes fall on either side of.
    private static readonly HashSet<MemberInfo> PhaseEdges =
    [
        typeof(ContractTerm).GetProperty(nameof(ContractTerm.Start))!,
        typeof(ContractTerm).GetProperty(nameof(ContractTerm.End))!,
        typeof(ContractFacts).GetProperty(nameof(ContractFacts.StartDate))!,
        typeof(ContractFacts).GetProperty(nameof(ContractFacts.TerminatedEarlyOn))!,
    ];

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
                Expression[] sides = [left, right];
                found.Add(new RuleComparison(node, condition, ComparisonKind.Unsplit, null, null, node.NodeType, sides.Where(s => !Reads(s)).ToArray()));
            }

            return;
        }

        if (other is ConstantExpression { Value: null }) return; // a null test: the classes give both
        if (FieldOf(other!) is not null || Reads(other!))
        {
            found.Add(new RuleComparison(node, condition, ComparisonKind.InputWithInput, field, other, node.NodeType, []));
            return;
        }

        found.Add(new RuleComparison(node, condition, ComparisonKind.Field, field, other, flipped ? Flip(node.NodeType) : node.NodeType, []));
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
