namespace Bars.Policy.Rules.Facts;

/// <summary>The phase of service once a rule has decided it: the duties rules match it (duties only while Assigned, I10).</summary>
public sealed class ServiceResult
{
    internal ServiceResult(CaseFacts @case, ServicePhase phase)
    {
        Case = @case;
        Phase = phase;
    }

    /// <summary>The case.</summary>
    public CaseFacts Case { get; }

    /// <summary>The phase on the case's <c>asOf</c>.</summary>
    public ServicePhase Phase { get; }
}
