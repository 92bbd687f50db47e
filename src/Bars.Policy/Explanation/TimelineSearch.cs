namespace Bars.Policy.Explanation;

/// <summary>
/// A case's timeline: evaluated on the window's first day and on each candidate date the rules and parameters give
/// (<see cref="CaseCandidates.BoundaryDates"/>), never day by day; between two candidates nothing the rules read
/// changes, so the decision cannot either. On each date the case is taken as it stood then (<see cref="On"/>).
/// </summary>
internal static class TimelineSearch
{
    public static CaseTimeline Run(PolicyCase c, DateOnly from, DateOnly to, CaseCandidates? candidates, Func<PolicyCase, PolicyDecision> evaluate)
    {
        var own = evaluate(c);
        if (!own.IsValid || candidates is null) return new CaseTimeline(own.CaseId, from, to, [], [], 1, own.Errors);

        var evaluations = 1;
        var before = OutcomeState.Of(evaluate(On(c, from)));
        evaluations++;
        var start = before;
        var entries = new List<TimelineEntry>();
        foreach (var date in candidates.BoundaryDates(c, from, to))
        {
            var after = OutcomeState.Of(evaluate(On(c, date)));
            evaluations++;
            if (Changes(before, after) is { Count: > 0 } changes) entries.Add(new TimelineEntry(date, changes));
            before = after;
        }

        return new CaseTimeline(own.CaseId, from, to, start, entries, evaluations, []);
    }

    /// <summary>
    /// The case as it stands on <paramref name="date"/>: evaluated then, without the events it records for later
    /// days (an early termination, injuries), which had not happened yet. A date before the birth stays invalid.
    /// </summary>
    public static PolicyCase On(PolicyCase c, DateOnly date)
    {
        var contract = c.Contract is { TerminatedEarlyOn: { } ended } k && ended > date ? k with { TerminatedEarlyOn = null } : c.Contract;
        var injuries = c.Injuries is { Count: > 0 } all && all.Any(i => i?.Date > date) ? all.Where(i => !(i?.Date > date)).ToArray() : c.Injuries;
        return c with { AsOf = date, Contract = contract, Injuries = injuries };
    }

    /// <summary>The outcomes that differ between two evaluations, in decision order (a validity change as the <c>case</c> outcome).</summary>
    public static List<TimelineChange> Changes(IReadOnlyList<OutcomeState> before, IReadOnlyList<OutcomeState> after)
    {
        var changes = new List<TimelineChange>();
        var old = before.ToDictionary(s => s.Outcome, StringComparer.Ordinal);
        var now = after.ToDictionary(s => s.Outcome, StringComparer.Ordinal);
        foreach (var key in before.Select(s => s.Outcome).Union(after.Select(s => s.Outcome), StringComparer.Ordinal))
        {
            old.TryGetValue(key, out var b);
            now.TryGetValue(key, out var a);
            if (b is null || a is null || !b.SameAs(a)) changes.Add(new TimelineChange(key, b, a));
        }

        return changes;
    }
}
