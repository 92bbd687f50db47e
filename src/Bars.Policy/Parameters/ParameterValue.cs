namespace Bars.Policy.Parameters;

/// <summary>
/// One number of the policy with where it comes from. Rules compute only with these, so every number in a decision
/// leads back to a sentence of the source (or to a host's citation). Shipped values carry no dates (I5); a host's
/// values hold from <see cref="EffectiveFrom"/> to <see cref="EffectiveTo"/> inclusive.
/// </summary>
internal sealed record ParameterValue(Parameter Name, decimal Value, SourceCitation Citation, DateOnly? EffectiveFrom = null, DateOnly? EffectiveTo = null)
{
    public int AsInt => (int)Value;

    public bool InForceOn(DateOnly day) =>
        (EffectiveFrom is not { } from || from <= day) && (EffectiveTo is not { } to || day <= to);
}
