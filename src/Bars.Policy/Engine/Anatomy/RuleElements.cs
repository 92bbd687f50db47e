using System.Linq.Expressions;
using NRules.RuleModel;

namespace Bars.Policy.Engine.Anatomy;

/// <summary>
/// The one walk of a rule's definition: every expression it is made of (conditions, filters, actions), in the order
/// NRules keeps them. Everything else the engine knows of a rule is read off these expressions, once, by
/// <see cref="RuleAnatomy.Read"/>.
/// </summary>
internal static class RuleElements
{
    /// <summary>Every lambda of <paramref name="rule"/>'s conditions (its left-hand side), then of its filters and actions.</summary>
    /// <returns>All the lambdas, and how many of the first are conditions.</returns>
    public static (IReadOnlyList<LambdaExpression> All, int Conditions) Of(IRuleDefinition rule)
    {
        var found = new List<LambdaExpression>();
        Collect(rule.LeftHandSide, found);
        var conditions = found.Count;
        Collect(rule.FilterGroup, found);
        Collect(rule.RightHandSide, found);
        return (found, conditions);
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
}
