using System.Linq.Expressions;
using System.Reflection;
using Bars.Policy.Rules;
using NRules.RuleModel;

namespace Bars.Policy.Catalog;

/// <summary>
/// What a rule decides, read off its actions: each call to <see cref="Recorder"/> or <see cref="Decide"/> names an
/// outcome (an entitlement or obligation kind, the enlistment, the service phase, duties, war zone deployment); a call to one of the
/// rule's own helpers is read through the helpers' calls (an action that records every entitlement in a loop gives
/// "every entitlement").
/// </summary>
internal static class RuleOutcomes
{
    /// <summary>The outcomes <paramref name="rule"/> of class <paramref name="type"/> decides, in a stable order.</summary>
    public static IReadOnlyList<string> Of(IRuleDefinition rule, Type type)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var reader = new Reader(found, type);
        foreach (var action in rule.RightHandSide.Actions) reader.Visit(action.Expression);
        return found.ToArray();
    }

    private static string? Named(string method) => method switch
    {
        "ConditionMet" or "Ineligible" or "EnlistmentUndetermined" => "enlistment condition",
        "Enlistment" => "enlistment outcome",
        "Entitlement" => "every entitlement",
        "Phase" or "PhaseOutsideService" => "service phase",
        "Duties" => "duties",
        "WarZoneDeployment" => "war zone deployment",
        _ => null,
    };

    private sealed class Reader(SortedSet<string> found, Type ruleType) : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            var declaring = node.Method.DeclaringType;
            if (declaring == typeof(Recorder) || declaring == typeof(Decide))
            {
                var kind = node.Arguments.FirstOrDefault(a => a.Type == typeof(EntitlementKind) || a.Type == typeof(ObligationKind));
                if (kind is not null && Value(kind) is { } value) found.Add(value.ToString()!);
                else if (Named(node.Method.Name) is { } name) found.Add(name);
            }
            else if (declaring is not null && declaring.IsAssignableFrom(ruleType))
            {
                Helper(node.Method);
            }

            return base.VisitMethodCall(node);
        }

        // A helper of the rule's class: the outcomes of the Recorder methods its code calls.
        [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "The rule classes are kept whole (ILLink.Descriptors.xml; a host's through AddRuleSet).")]
        private void Helper(MethodInfo method)
        {
            foreach (var called in Provenance.IlText.Calls(method))
            {
                if ((called.DeclaringType == typeof(Recorder) || called.DeclaringType == typeof(Decide)) && Named(called.Name) is { } name) found.Add(name);
            }
        }

        private static object? Value(Expression e)
        {
            try
            {
                return Expression.Lambda(Expression.Convert(e, typeof(object))).Compile(preferInterpretation: true).DynamicInvoke();
            }
            catch (InvalidOperationException)
            {
                return null; // it reads a fact: which kind is known only per case
            }
        }
    }
}
