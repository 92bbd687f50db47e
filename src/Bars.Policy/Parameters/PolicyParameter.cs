namespace Bars.Policy.Parameters;

/// <summary>
/// One number of the policy (an amount, an age, a duration) with the claim it comes from. Rules compute only
/// with these, so every number in a decision leads back to a sentence of the source.
/// </summary>
internal sealed record PolicyParameter(string Name, decimal Value, Citation Citation)
{
    public int AsInt => (int)Value;
}
