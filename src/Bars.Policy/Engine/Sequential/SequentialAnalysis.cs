using System.Linq.Expressions;
using System.Reflection;
using NRules.RuleModel;

namespace Bars.Policy.Engine.Sequential;

/// <summary>
/// Decides from a rule's own definition whether the sequential plan runs it exactly as Rete would: one pattern
/// over one fact type with conditions on that fact alone, any number of <c>Not</c>/<c>Exists</c> of one pattern
/// whose conditions read only their own fact, a priority, and actions that use their context only to insert facts
/// and to record through the library. Anything else is named, so the region can say why it runs on Rete.
/// </summary>
internal static class SequentialAnalysis
{
    private static readonly Assembly Library = typeof(SequentialAnalysis).Assembly;

    /// <summary>Why <paramref name="rule"/> cannot run sequentially, or null when it can.</summary>
    public static string? Unsupported(IRuleDefinition rule)
    {
        if (rule.FilterGroup.Filters.Count > 0) return "it has an agenda filter";
        if (rule.DependencyGroup.Dependencies.Count > 0) return "it declares dependencies";
        if (rule.LeftHandSide.ElementType != ElementType.And) return "its conditions are an Or";

        PatternElement? positive = null;
        foreach (var child in rule.LeftHandSide.ChildElements)
        {
            switch (child)
            {
                case PatternElement p when p.Source is null:
                    if (positive is not null) return "it matches more than one fact (a join)";
                    if (!OnItsOwnFact(p)) return "a condition of its pattern reads another fact (a join)";
                    positive = p;
                    break;
                case NotElement or ExistsElement when positive is null:
                    return "a Not or Exists comes before its pattern";
                case NotElement { Source: PatternElement { Source: null } n }:
                    if (!OnItsOwnFact(n)) return "a condition of its Not reads another fact";
                    break;
                case ExistsElement { Source: PatternElement { Source: null } x }:
                    if (!OnItsOwnFact(x)) return "a condition of its Exists reads another fact";
                    break;
                default:
                    return $"its conditions have a {child.ElementType} element";
            }
        }

        if (positive is null) return "it matches no fact";
        foreach (var action in rule.RightHandSide.Actions)
        {
            if ((action.ActionTrigger & ActionTrigger.Activated) == 0) return "an action runs on other triggers than activation";
            if (action.Imports.Any(d => !Equals(d, positive.Declaration))) return "an action reads a fact it does not match";
            var ctx = action.Expression.Parameters[0];
            var use = new ContextUse(ctx);
            use.Visit(action.Expression.Body);
            if (use.Unsupported is { } what) return $"an action {what}";
        }

        return null;
    }

    private static bool OnItsOwnFact(PatternElement pattern) =>
        pattern.Expressions.All(e => e.Imports.Count == 1 && Equals(e.Imports.Single(), pattern.Declaration));

    /// <summary>
    /// Finds any use of the action's context other than <c>Insert</c>, <c>Rule</c>, or passing it to a method of this
    /// library (Recorder, Decide, a shipped rule's helper: code that uses only those two and <c>Resolve</c> of the
    /// sheet, which the equality property covers).
    /// </summary>
    private sealed class ContextUse(ParameterExpression ctx) : ExpressionVisitor
    {
        public string? Unsupported { get; private set; }

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Object == ctx)
            {
                if (node.Method.Name != nameof(IContext.Insert) || node.Method.DeclaringType != typeof(IContext))
                {
                    Unsupported ??= $"calls IContext.{node.Method.Name}";
                }

                foreach (var argument in node.Arguments) Visit(argument);
                return node;
            }

            if (node.Method.DeclaringType?.Assembly == Library)
            {
                // The library's own methods may take the context: skip it, visit the other arguments.
                if (node.Object is not null) Visit(node.Object);
                foreach (var argument in node.Arguments)
                {
                    if (argument != ctx) Visit(argument);
                }

                return node;
            }

            return base.VisitMethodCall(node);
        }

        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Expression == ctx)
            {
                if (node.Member.Name != nameof(IContext.Rule)) Unsupported ??= $"reads IContext.{node.Member.Name}";
                return node;
            }

            return base.VisitMember(node);
        }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            // Reached only where the context is used other than above: passed on, stored, captured.
            if (node == ctx) Unsupported ??= "passes its context to code outside the library";
            return node;
        }
    }
}
