using System.Linq.Expressions;
using Bars.Policy.Engine.Anatomy;
using NRules.RuleModel;

namespace Bars.Policy.Engine.Sequential;

/// <summary>
/// The shipped rules' conditions and actions as plain C#, compiled with the library (Rules/Generated/CompiledRules.g.cs,
/// written from the rules' own expressions by the tests' CompiledRulesSource): the sequential plan runs them instead
/// of compiling expression trees, so nothing is compiled at start, the JIT sees ordinary methods and ReadyToRun holds
/// them. Each is found by its rule and its place among the rule's expressions, and taken only while the rule's
/// expression is still written as it was when the C# was made (<see cref="RuleAnatomy.Written"/>, captured values
/// included): a rule changed since falls back to its expression, as a host's rules always do.
/// </summary>
internal static partial class CompiledRules
{
    private static readonly System.Reflection.Assembly Library = typeof(CompiledRules).Assembly;

    /// <summary>The compiled form of <paramref name="condition"/>, one of <paramref name="rules"/>' conditions; null when there is none.</summary>
    public static Func<object, bool>? Condition(IEnumerable<RuleAnatomy> rules, LambdaExpression condition) =>
        Find(rules, condition)?.Condition;

    /// <summary>The compiled form of <paramref name="action"/>, an action of <paramref name="rule"/>; null when there is none.</summary>
    public static Action<IContext, object>? Action(RuleAnatomy rule, LambdaExpression action) =>
        Find([rule], action)?.Action;

    private static CompiledLambda? Find(IEnumerable<RuleAnatomy> rules, LambdaExpression expression)
    {
        foreach (var rule in rules)
        {
            if (rule.RuleType.Assembly != Library || rule.IndexOf(expression) is not (>= 0 and var i)) continue;
            return Find(rule.Name, i) is { } compiled && string.Equals(compiled.Written, rule.Written[i], StringComparison.Ordinal) ? compiled : null;
        }

        return null;
    }

    /// <summary>The C# of the expression at <paramref name="index"/> of the shipped rule <paramref name="rule"/>, with the
    /// expression it was written from.</summary>
    private static partial CompiledLambda? Find(string rule, int index);
}

/// <summary>One expression of a shipped rule as C#: a condition or an action, and the expression it was written from.</summary>
internal sealed record CompiledLambda(string Written, Func<object, bool>? Condition = null, Action<IContext, object>? Action = null);
