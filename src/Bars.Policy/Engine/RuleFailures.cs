using System.Runtime.CompilerServices;
using NRules;
using NRules.Diagnostics;

namespace Bars.Policy.Engine;

/// <summary>
/// Turns NRules' failure of a rule into the library's <see cref="PolicyEvaluationException"/>: the rule at fault,
/// the case, and the rule's own exception as the cause. NRules names the rule of a failed action, not of a failed
/// condition (a condition can be shared by rules), so the engine listens to its sessions' condition failures.
/// </summary>
internal static class RuleFailures
{
    // The rules of a failed condition, by the exception it threw; weak, so each record goes with its exception.
    // Written only when a condition throws: a case that evaluates pays nothing for it.
    private static readonly ConditionalWeakTable<Exception, string[]> ConditionRules = new();

    /// <summary>Listens to the condition failures of every session <paramref name="sessions"/> creates (the
    /// failure event, unlike the evaluation events, does not switch on NRules' tracing).</summary>
    public static void Watch(ISessionFactory sessions) => sessions.Events.LhsExpressionFailedEvent += OnConditionFailed;

    /// <summary>The library's exception for <paramref name="failure"/>, raised evaluating case <paramref name="caseId"/>.</summary>
    public static PolicyEvaluationException Of(RuleExecutionException failure, string caseId)
    {
        // An action that inserts a fact runs the conditions on it, so a condition's failure can arrive inside an
        // action's: the innermost failure is the rule at fault.
        var innermost = failure;
        for (var e = failure.InnerException; e is not null; e = e.InnerException)
        {
            if (e is RuleExecutionException inner) innermost = inner;
        }

        var cause = innermost.InnerException ?? innermost;
        var (rules, where) = innermost switch
        {
            RuleRhsExpressionEvaluationException action => ([action.RuleName], "its action"),
            AgendaExpressionEvaluationException filter => ([filter.RuleName], "its agenda filter"),
            RuleLhsExpressionEvaluationException => (ConditionRules.TryGetValue(cause, out var names) ? names : [], "a condition"),
            _ => (Array.Empty<string>(), "the rules' execution"),
        };

        return Describe(rules, where, cause, caseId);
    }

    /// <summary>The library's exception for the sequential execution's <paramref name="failure"/>: worded as Rete's.</summary>
    public static PolicyEvaluationException Of(Sequential.SequentialFailure failure, string caseId) =>
        Describe(failure.Rules.ToArray(), failure.Where, failure.Cause, caseId);

    private static PolicyEvaluationException Describe(string[] rules, string where, Exception cause, string caseId)
    {
        var who = rules.Length switch
        {
            0 => "A rule",
            1 => $"Rule '{rules[0]}'",
            _ => $"Rules {string.Join(", ", rules.Select(r => $"'{r}'"))}",
        };
        return new PolicyEvaluationException(
            rules.Length == 0 ? null : string.Join(", ", rules), caseId, $"{who} failed in {where} on case '{caseId}': {cause.Message}", cause);
    }

    private static void OnConditionFailed(object? sender, LhsExpressionErrorEventArgs e)
    {
        if (e.Exception is { } thrown) ConditionRules.AddOrUpdate(thrown, e.Rules.Select(r => r.Name).ToArray());
    }
}
