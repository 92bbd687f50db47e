namespace Bars.Policy;

/// <summary>A rule (shipped or a host's) switched off for one region, and why: what
/// <see cref="PolicyEngineOptions.DisableRule"/> records. Compares by content.</summary>
public sealed record DisabledRule
{
    /// <summary>Records a disabled rule; <see cref="PolicyEngineOptions.DisableRule"/> makes them.</summary>
    /// <param name="region">The region where the rule no longer applies.</param>
    /// <param name="ruleName">The rule's name.</param>
    /// <param name="reason">The host's reason.</param>
    internal DisabledRule(string region, string ruleName, string reason)
    {
        Region = region;
        RuleName = ruleName;
        Reason = reason;
    }

    /// <summary>The region where the rule no longer applies.</summary>
    public string Region { get; }

    /// <summary>The rule's name, e.g. <c>Enlistment.KurskWomanWithoutMedicalQualification</c>.</summary>
    public string RuleName { get; }

    /// <summary>The host's reason, kept for audit.</summary>
    public string Reason { get; }
}
