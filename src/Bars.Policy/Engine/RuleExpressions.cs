using System.Linq.Expressions;
using NRules.RuleModel;

namespace Bars.Policy.Engine;

/// <summary>
/// Reads a rule's own definition: every expression it is made of (conditions, actions, filters), and what those
/// expressions name — the parameters a rule uses are read off its conditions and actions, not declared by hand.
/// </summary>
internal static class RuleExpressions
{
    /// <summary>Every lambda of <paramref name="rule"/>'s conditions, filters and actions.</summary>
    public static IReadOnlyList<LambdaExpression> Of(IRuleDefinition rule)
    {
        var found = new List<LambdaExpression>();
        Collect(rule.LeftHandSide, found);
        Collect(rule.FilterGroup, found);
        Collect(rule.RightHandSide, found);
        return found;
    }

    /// <summary>Every lambda of <paramref name="rule"/>'s conditions (its left-hand side) only.</summary>
    public static IReadOnlyList<LambdaExpression> ConditionsOf(IRuleDefinition rule)
    {
        var found = new List<LambdaExpression>();
        Collect(rule.LeftHandSide, found);
        return found;
    }

    /// <summary>The policy parameters <paramref name="rule"/> names in its expressions, in enum order.</summary>
    public static IReadOnlyList<Parameter> ParametersOf(IRuleDefinition rule)
    {
        var finder = new ParameterFinder();
        foreach (var lambda in Of(rule)) finder.Visit(lambda);
        return finder.Found.Order().ToArray();
    }

    /// <summary>Whether any of <paramref name="expressions"/> reads the member <paramref name="member"/> of
    /// <paramref name="type"/>.</summary>
    public static bool Read(IEnumerable<LambdaExpression> expressions, Type type, string member)
    {
        var finder = new MemberFinder(type, member);
        foreach (var lambda in expressions) finder.Visit(lambda);
        return finder.Found;
    }

    private static void Collect(RuleElement? element, List<LambdaExpression> found)
    {
        switch (element)
        {
            case null:
                return;
            case ExpressionElement e:
                found.Add(e.Expression);
                return;
            case PatternElement p:
                foreach (var e in p.Expressions) found.Add(e.Expression);
                Collect(p.Source, found);
                return;
            case AggregateElement a:
                foreach (var e in a.Expressions) found.Add(e.Expression);
                Collect(a.Source, found);
                return;
            case NotElement n:
                Collect(n.Source, found);
                return;
            case ExistsElement x:
                Collect(x.Source, found);
                return;
            case ForAllElement f:
                Collect(f.BasePattern, found);
                foreach (var p in f.Patterns) Collect(p, found);
                return;
            case GroupElement g:
                foreach (var child in g.ChildElements) Collect(child, found);
                return;
            case ActionGroupElement actions:
                foreach (var action in actions.Actions) Collect(action, found);
                return;
            case FilterGroupElement filters:
                foreach (var filter in filters.Filters) Collect(filter, found);
                return;
            case DependencyGroupElement:
                return;
            default:
                throw new NotSupportedException($"A rule element of type {element.GetType().Name} is not read.");
        }
    }

    // A parameter is named as a constant, or as a value the rule captured (a field of its closure or of the rule).
    private sealed class ParameterFinder : ExpressionVisitor
    {
        public HashSet<Parameter> Found { get; } = [];

        protected override Expression VisitConstant(ConstantExpression node)
        {
            if (node.Value is Parameter p) Found.Add(p);
            return node;
        }

        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Type == typeof(Parameter) && node.Expression is ConstantExpression { Value: var owner })
            {
                var value = node.Member switch
                {
                    System.Reflection.FieldInfo f => f.GetValue(owner),
                    System.Reflection.PropertyInfo p => p.GetValue(owner),
                    _ => null,
                };
                if (value is Parameter p2) Found.Add(p2);
            }

            return base.VisitMember(node);
        }
    }

    private sealed class MemberFinder(Type type, string member) : ExpressionVisitor
    {
        public bool Found { get; private set; }

        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Member.Name == member && node.Member.DeclaringType == type) Found = true;
            return base.VisitMember(node);
        }
    }
}
