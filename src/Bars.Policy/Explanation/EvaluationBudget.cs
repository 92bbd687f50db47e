namespace Bars.Policy.Explanation;

/// <summary>Counts the evaluations an explanation makes and stops it at its limit: the work of a question is bounded and reported.</summary>
internal sealed class EvaluationBudget(Func<PolicyCase, PolicyDecision> evaluate, int limit)
{
    /// <summary>How many evaluations were made.</summary>
    public int Used { get; private set; }

    /// <summary>Whether an evaluation was refused at the limit.</summary>
    public bool Exhausted { get; private set; }

    /// <summary>The decision of <paramref name="c"/>, or null once the limit is reached.</summary>
    public PolicyDecision? Evaluate(PolicyCase c)
    {
        if (Used >= limit)
        {
            Exhausted = true;
            return null;
        }

        Used++;
        return evaluate(c);
    }
}
