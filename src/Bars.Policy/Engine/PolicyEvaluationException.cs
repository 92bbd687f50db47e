namespace Bars.Policy;

/// <summary>
/// A rule failed while evaluating a case: a host rule's action or condition threw, two rules decided the same
/// outcome, or no rule decided one. Thrown for a host rule's defect (a programming error, never for invalid input,
/// which comes back as <see cref="PolicyDecision.Errors"/>); batch APIs answer the case with an error and go on.
/// </summary>
public sealed class PolicyEvaluationException : Exception
{
    // Internal: only the engine finds a rule's failure; hosts catch the exception, they do not make one.
    internal PolicyEvaluationException(string? ruleName, string caseId, string message, Exception? cause)
        : base(message, cause)
    {
        RuleName = ruleName;
        CaseId = caseId;
    }

    /// <summary>The rule that failed (for a clash, the rule that decided second); several names, comma-separated,
    /// for a condition that rules share; null when no rule is to blame (an outcome no rule decided).</summary>
    public string? RuleName { get; }

    /// <summary>The case being evaluated.</summary>
    public string CaseId { get; }
}
