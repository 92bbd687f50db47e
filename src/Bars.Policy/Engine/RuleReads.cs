using System.Numerics;
using System.Runtime.CompilerServices;
using Bars.Policy.Parameters;

namespace Bars.Policy.Engine;

/// <summary>
/// Which parameters each rule reads, one bit per <see cref="Parameter"/>, as each rule's anatomy read them off its
/// conditions and actions (<see cref="Anatomy.RuleAnatomy.ParameterMask"/>). Per case it turns an
/// outcome's findings into the values in force that their rules read: the case's own resolved
/// <see cref="ParameterValue"/> objects (no copies), one shared empty list when they read none, else one small array.
/// </summary>
internal sealed class RuleReads
{
    private readonly Dictionary<string, int> byName;

    // A finding's rule id is the firing rule's own name string, so the lookup is by reference first (no hashing of
    // the text); a name that is not that instance (never made by the engine) falls back to the ordinal lookup.
    private readonly Dictionary<string, int> byInstance;

    private RuleReads(Dictionary<string, int> byName, Dictionary<string, int> byInstance)
    {
        this.byName = byName;
        this.byInstance = byInstance;
    }

    /// <summary>No rule reads anything: for a sheet made outside an engine (tests, the profile).</summary>
    public static RuleReads None { get; } = new([], new(ByReference.Instance));

    /// <summary>The reads of every rule of <paramref name="rules"/> (names are unique in an engine).</summary>
    public static RuleReads Of(IEnumerable<Anatomy.RuleAnatomy> rules)
    {
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        var byInstance = new Dictionary<string, int>(ByReference.Instance);
        foreach (var rule in rules)
        {
            byName[rule.Name] = rule.ParameterMask;
            byInstance[rule.Name] = rule.ParameterMask;
        }

        return new RuleReads(byName, byInstance);
    }

    /// <summary>The parameters the rule named <paramref name="ruleId"/> reads, as bits; 0 for a rule it does not know.</summary>
    public int MaskOf(string ruleId) =>
        byInstance.TryGetValue(ruleId, out var mask) || byName.TryGetValue(ruleId, out mask) ? mask : 0;

    /// <summary>The values of <paramref name="parameters"/> that the rules of <paramref name="findings"/> read, in
    /// <see cref="Parameter"/> order; a parameter the region does not state has no value and is not listed.</summary>
    public EquatableList<ParameterValue> ValuesRead(IReadOnlyList<Finding> findings, RegionParameters parameters)
    {
        var mask = 0;
        for (var i = 0; i < findings.Count; i++) mask |= MaskOf(findings[i].RuleId);
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

    private sealed class ByReference : IEqualityComparer<string>
    {
        public static readonly ByReference Instance = new();

        public bool Equals(string? x, string? y) => ReferenceEquals(x, y);

        public int GetHashCode(string obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
