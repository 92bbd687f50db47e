namespace Bars.Policy.Rules.Facts;

/// <summary>
/// The enlistment outcome, inserted once the enlistment rules have all fired. Entitlement rules match it:
/// entitlements belong to members (I4).
/// </summary>
internal sealed class Membership(CaseFacts @case, EnlistmentOutcome outcome, UndeterminedReason? reason, IReadOnlyList<Finding> decisive)
{
    public CaseFacts Case { get; } = @case;
    public EnlistmentOutcome Outcome { get; } = outcome;
    public UndeterminedReason? Reason { get; } = reason;

    /// <summary>The findings that made the outcome Ineligible or Undetermined (empty when Eligible).</summary>
    public IReadOnlyList<Finding> Decisive { get; } = decisive;

    public bool IsMember => Outcome == EnlistmentOutcome.Eligible;
}
