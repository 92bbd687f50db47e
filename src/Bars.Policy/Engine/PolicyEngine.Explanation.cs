using System.Collections.Concurrent;
using Bars.Policy.Engine;
using Bars.Policy.Explanation;

namespace Bars.Policy;

// What the explanations (why not, screening, timeline) and verification share: each region's boundaries, read once
// off its rules and parameters.
public sealed partial class PolicyEngine
{
    private readonly ConcurrentDictionary<string, RuleBoundaries> boundaries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, CaseCandidates> candidates = new(StringComparer.Ordinal);

    /// <summary>The boundaries of <paramref name="region"/>'s rule set (<see cref="RulesIn"/>) and parameters, read once.</summary>
    internal RuleBoundaries BoundariesOf(string region) =>
        boundaries.GetOrAdd(region, r => RuleBoundaries.Of(r, RulesIn(r), ParametersOf(r)));

    // The candidates of the case's region; null for a region this engine does not know (the case is then invalid).
    internal CaseCandidates? CandidatesOf(string? region) =>
        region is not null && regions.TryGetValue(region, out var runtime)
            ? candidates.GetOrAdd(region, r => CaseCandidates.For(BoundariesOf(r), runtime.Parameters))
            : null;
}
