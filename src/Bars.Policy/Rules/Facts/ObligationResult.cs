namespace Bars.Policy.Rules.Facts;

/// <summary>An obligation once a rule has decided it; default rules match its absence.</summary>
internal sealed class ObligationResult(ObligationDecision decision)
{
    public ObligationDecision Decision { get; } = decision;
    public ObligationKind Kind => Decision.Kind;
}
