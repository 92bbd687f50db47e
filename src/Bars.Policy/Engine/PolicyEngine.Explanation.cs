using System.Collections.Concurrent;
using Bars.Policy.Explanation;

namespace Bars.Policy;

// What the explanations (why not, screening, timeline) share: each region's candidate values, read once off its
// rules and parameters.
public sealed partial class PolicyEngine
{
    private readonly ConcurrentDictionary<string, CaseCandidates> candidates = new(StringComparer.Ordinal);

    // The candidates of the case's region; null for a region this engine does not know (the case is then invalid).
    private CaseCandidates? CandidatesOf(string? region) =>
        region is not null && regions.TryGetValue(region, out var runtime)
            ? candidates.GetOrAdd(region, r => CaseCandidates.For(
                Rules.Where(rule => rule.Regions is not { } scope || scope.Contains(r, StringComparer.Ordinal)).Select(rule => rule.Definition),
                runtime.Parameters))
            : null;
}
