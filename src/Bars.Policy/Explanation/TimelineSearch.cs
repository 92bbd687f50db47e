namespace Bars.Policy.Explanation;

/// <summary>
/// A case's timeline: evaluated on the window's first day and on each candidate date the rules and parameters give
/// (<see cref="CaseCandidates.BoundaryDates"/>), never day by day; between two candidates nothing the rules read
/// changes, so the decision cannot either. On each date the case is taken as it stood then (<see cref="On"/>). Where
/// an outcome changes, its "before" is the case evaluated on the day before the change (its findings speak of that
/// day, not of an earlier candidate). The work is bounded by an evaluation budget: when it runs out, the timeline
/// says so and how far it got.
/// </summary>
internal static class TimelineSearch
{
    public static CaseTimeline Run(PolicyCase c, DateOnly from, DateOnly to, CaseCandidates? candidates, int maxEvaluations, Func<PolicyCase, PolicyDecision> evaluate)
    {
        var budget = new EvaluationBudget(evaluate, maxEvaluations);
        var own = budget.Evaluate(c)!;
        if (!own.IsValid || candidates is null) return new CaseTimeline(own.CaseId, from, to, [], [], budget.Used, own.Errors) { Region = own.Region };
        var first = budget.Evaluate(On(c, from))!; // the budget is at least two

        var start = OutcomeState.Of(first);
        var before = start;
        var entries = new List<TimelineEntry>();
        var covered = from;
        foreach (var date in candidates.BoundaryDates(c, from, to))
        {
            if (budget.Evaluate(On(c, date)) is not { } decision) return Stopped(own, from, to, start, entries, budget, date.AddDays(-1));
            var after = OutcomeState.Of(decision);
            if (Changes(before, after) is { Count: > 0 })
            {
                // The state on the day before, evaluated on that day: same outcomes as the last candidate's, own words.
                var dayBefore = date.AddDays(-1);
                var previous = dayBefore == covered ? before : budget.Evaluate(On(c, dayBefore)) is { } d ? OutcomeState.Of(d) : null;
                if (previous is null) return Stopped(own, from, to, start, entries, budget, date.AddDays(-1));
                entries.Add(new TimelineEntry(date, Changes(previous, after)));
            }

            before = after;
            covered = date;
        }

        return new CaseTimeline(own.CaseId, from, to, start, entries, budget.Used, []) { Region = own.Region };
    }

    // The timeline as far as the budget went: complete up to coveredTo, the day before the first date not reached.
    private static CaseTimeline Stopped(PolicyDecision own, DateOnly from, DateOnly to, IReadOnlyList<OutcomeState> start, List<TimelineEntry> entries, EvaluationBudget budget, DateOnly coveredTo) =>
        new(own.CaseId, from, to, start, entries, budget.Used, []) { CoveredTo = coveredTo };

    /// <summary>
    /// The case as it stands on <paramref name="date"/>: evaluated then, without the events it records for later
    /// days (an early termination, injuries), which had not happened yet. A date before the birth stays invalid.
    /// </summary>
    public static PolicyCase On(PolicyCase c, DateOnly date)
    {
        var contract = c.Contract is { TerminatedEarlyOn: { } ended } k && ended > date ? k with { TerminatedEarlyOn = null, TerminatedBy = null } : c.Contract;
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
