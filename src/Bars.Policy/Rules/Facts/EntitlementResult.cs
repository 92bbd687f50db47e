namespace Bars.Policy.Rules.Facts;

/// <summary>An entitlement once a rule has decided it; default rules match its absence, later rules its presence.</summary>
internal sealed class EntitlementResult(CaseFacts @case, EntitlementDecision decision)
{
    public CaseFacts Case { get; } = @case;
    public EntitlementDecision Decision { get; } = decision;
    public EntitlementKind Kind => Decision.Kind;
    public EntitlementStatus Status => Decision.Status;
}
