namespace Bars.Policy.Rules.Facts;

/// <summary>
/// The enlistment outcome, judged on the contract's start (I6), and the membership it gives (I7): inserted once the
/// enlistment rules have all fired. Entitlement and service rules match it: entitlements belong to members (I4), and
/// each holds on the days the readings give (I8).
/// </summary>
public sealed class Membership
{
    internal Membership(CaseFacts @case, EnlistmentOutcome outcome, UndeterminedReason? reason, IReadOnlyList<Finding> decisive)
    {
        Case = @case;
        Outcome = outcome;
        Reason = reason;
        Decisive = decisive;
        Period = outcome == EnlistmentOutcome.Eligible ? @case.Contract?.InForce : null;
    }

    /// <summary>The case.</summary>
    public CaseFacts Case { get; }

    /// <summary>The enlistment outcome.</summary>
    public EnlistmentOutcome Outcome { get; }

    /// <summary>Why it is Undetermined, when it is.</summary>
    public UndeterminedReason? Reason { get; }

    /// <summary>The findings that made the outcome Ineligible or Undetermined (empty when Eligible).</summary>
    public IReadOnlyList<Finding> Decisive { get; }

    /// <summary>
    /// The days of membership (I7): an Eligible applicant's contract from its start to the end of its term, or to the
    /// day before an early termination. Null when not Eligible, without a contract, or when the contract was ended on
    /// its first day (no day of membership).
    /// </summary>
    public ContractTerm? Period { get; }

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

    /// <summary>The applicant is Eligible on the day enlistment was judged.</summary>
    public bool IsEligible => Outcome == EnlistmentOutcome.Eligible;

    /// <summary>Eligible and under a contract: enlisted, whatever the phase on <c>asOf</c> (before the start, during or
    /// after the term). Outcomes granted for signing or for good are decided for every enlisted case.</summary>
    public bool Enlisted => IsEligible && Case.HasContract;

    /// <summary>A member on the case's <c>asOf</c> (I7): enlisted, and <c>asOf</c> falls within the days of membership.</summary>
    public bool IsMember => Period is { } days && days.Contains(Case.AsOf);

    /// <summary>Has been a member by <c>asOf</c>: membership began on or before it (and may since have ended).</summary>
    public bool HasBeenMember => Period is { } days && days.Start <= Case.AsOf;
}
