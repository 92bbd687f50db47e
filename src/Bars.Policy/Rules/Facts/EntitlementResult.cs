namespace Bars.Policy.Rules.Facts;

/// <summary>An entitlement once a rule has decided it; default rules match its absence, later rules its presence.</summary>
public sealed class EntitlementResult
{
    internal EntitlementResult(CaseFacts @case, EntitlementDecision decision)
    {
        Case = @case;
        Decision = decision;
    }

    /// <summary>The case.</summary>
    public CaseFacts Case { get; }

    /// <summary>What was decided.</summary>
    public EntitlementDecision Decision { get; }

    /// <summary>The entitlement's kind.</summary>
    public EntitlementKind Kind => Decision.Kind;

    /// <summary>The entitlement's status.</summary>
    public EntitlementStatus Status => Decision.Status;
}
