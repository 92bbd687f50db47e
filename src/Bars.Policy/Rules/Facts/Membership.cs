namespace Bars.Policy.Rules.Facts;

/// <summary>
/// The enlistment outcome, inserted once the enlistment rules have all fired. Entitlement rules match it:
/// entitlements belong to members (I4).
/// </summary>
public sealed class Membership
{
    internal Membership(CaseFacts @case, EnlistmentOutcome outcome, UndeterminedReason? reason, IReadOnlyList<Finding> decisive)
    {
        Case = @case;
        Outcome = outcome;
        Reason = reason;
        Decisive = decisive;
    }

    /// <summary>The case.</summary>
    public CaseFacts Case { get; }

    /// <summary>The enlistment outcome.</summary>
    public EnlistmentOutcome Outcome { get; }

    /// <summary>Why it is Undetermined, when it is.</summary>
    public UndeterminedReason? Reason { get; }

    /// <summary>The findings that made the outcome Ineligible or Undetermined (empty when Eligible).</summary>
    public IReadOnlyList<Finding> Decisive { get; }

    /// <summary>The claims of the decisive findings, each once, in order: what a finding resting on the enlistment
    /// outcome cites (made once per case, not per finding).</summary>
    internal IReadOnlyList<string> DecisiveClaims => decisiveClaims ??= DistinctClaims(Decisive);

    private IReadOnlyList<string>? decisiveClaims;

    private static EquatableList<string> DistinctClaims(IReadOnlyList<Finding> findings)
    {
        var ids = new List<string>(findings.Count + 1);
        for (var f = 0; f < findings.Count; f++)
        {
            var claims = findings[f].Claims;
            for (var c = 0; c < claims.Count; c++)
            {
                if (!ids.Contains(claims[c])) ids.Add(claims[c]);
            }
        }

        return EquatableList<string>.Own(ids.ToArray());
    }

    /// <summary>The applicant is Eligible: a member, with a member's entitlements (I4).</summary>
    public bool IsMember => Outcome == EnlistmentOutcome.Eligible;
}
