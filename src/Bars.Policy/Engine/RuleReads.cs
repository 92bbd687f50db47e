using System.Numerics;
using Bars.Policy.Parameters;

namespace Bars.Policy.Engine;

/// <summary>
/// The values in force that an outcome's rules read: each finding points at its rule (<see cref="Finding.Rule"/>),
/// whose anatomy knows the parameters it names (<see cref="Anatomy.RuleAnatomy.ParameterMask"/>, one bit per
/// <see cref="Parameter"/>). Per case it hands back the case's own resolved <see cref="ParameterValue"/> objects (no
/// copies), one shared empty list when the rules read none, else one small array.
/// </summary>
internal static class RuleReads
{
    /// <summary>The values of <paramref name="parameters"/> that the rules of <paramref name="findings"/> read, in
    /// <see cref="Parameter"/> order; a parameter the region does not state has no value and is not listed. A finding
    /// no rule of an engine made (the engine's own, or one made outside an engine) reads nothing.</summary>
    public static EquatableList<ParameterValue> ValuesRead(IReadOnlyList<Finding> findings, RegionParameters parameters)
    {
        var mask = 0;
        for (var i = 0; i < findings.Count; i++) mask |= findings[i].Rule?.ParameterMask ?? 0;
        if (mask == 0) return EquatableList<ParameterValue>.Empty;

        var stated = 0;
        for (var bits = mask; bits != 0; bits &= bits - 1)
        {
            if (parameters[(Parameter)BitOperations.TrailingZeroCount(bits)] is not null) stated++;
        }

        if (stated == 0) return EquatableList<ParameterValue>.Empty;
        var values = new ParameterValue[stated];
        var n = 0;
        for (var bits = mask; bits != 0; bits &= bits - 1)
        {
            if (parameters[(Parameter)BitOperations.TrailingZeroCount(bits)] is { } value) values[n++] = value;
        }

        return EquatableList<ParameterValue>.Own(values);
    }
}
