using NRules.RuleModel;

namespace Bars.Policy.Engine.Sequential;

/// <summary>
/// One case's run of a <see cref="SequentialPlan"/>: its working memory (a count of facts per alpha memory, the
/// matches a <c>Not</c>/<c>Exists</c> reads, its counts per match) and its agenda, ordered as NRules 1.0.4 orders one
/// (ActivationQueue over an OrderedPriorityQueue): higher priority first, then first activated first.
/// </summary>
internal sealed class SequentialSession
{
    private readonly SequentialContext context;

    // A case has a few dozen activations and counts: a list searched from its end beats a dictionary per rule.
    // Their objects are kept for the next run (`made…`); `counts` and `activations` hold this run's live ones.
    private readonly List<Count> counts = [];
    private readonly List<Count> madeCounts = [];
    private readonly List<Activation> activations = new(32);
    private readonly List<Activation> madeActivations = new(32);
    // The activations waiting, the next to fire last: by priority ascending, and within a priority the latest
    // activated first. A case has a few dozen, so a list kept in order beats a heap; and it is the library's own
    // code, which ReadyToRun holds (a PriorityQueue over a tuple was JIT-compiled in every one-case process).
    private readonly List<Activation> agenda = new(32);
    private SequentialPlan plan;
    private object resolved;
    private List<object>?[] betaMatches;
    private int madeActivationsUsed;
    private int madeCountsUsed;

    /// <summary>A run of <paramref name="plan"/> whose actions resolve <paramref name="resolved"/> (the case's sheet).</summary>
    public SequentialSession(SequentialPlan plan, object resolved)
    {
        this.plan = plan;
        this.resolved = resolved;
        AlphaCounts = new int[plan.AlphaMemories];
        betaMatches = new List<object>?[plan.BetaMemories];
        context = new SequentialContext(this);
    }

    /// <summary>A clean run of <paramref name="plan"/>: this thread's spare when there is one, else a new one.
    /// <see cref="Return"/> gives it back after a run that ended normally; a failed run is simply dropped. A nested
    /// evaluation (an action evaluating another case) finds no spare and makes its own.</summary>
    public static SequentialSession Rent(SequentialPlan plan, object resolved)
    {
        // One spare run per thread: a case's run is a few hundred bytes of memories and agenda that the next case on
        // the thread can reuse once cleared, instead of allocating them again for every evaluation.
        var run = ThreadSpare<SequentialSession>.Take();
        if (run is null) return new SequentialSession(plan, resolved);
        run.Bind(plan, resolved);
        return run;
    }

    /// <summary>Clears a finished run (it keeps no fact of its case) and keeps it as this thread's spare.</summary>
    public static void Return(SequentialSession run)
    {
        run.Clear();
        ThreadSpare<SequentialSession>.Keep(run);
    }

    private void Bind(SequentialPlan next, object sheet)
    {
        if (AlphaCounts.Length < next.AlphaMemories) AlphaCounts = new int[next.AlphaMemories];
        if (betaMatches.Length < next.BetaMemories) Array.Resize(ref betaMatches, next.BetaMemories);
        plan = next;
        resolved = sheet;
    }

    private void Clear()
    {
        Array.Clear(AlphaCounts);
        foreach (var matches in betaMatches) matches?.Clear();
        counts.Clear();
        activations.Clear();
        agenda.Clear();
        foreach (var made in madeActivations) made.Match = null!;
        foreach (var made in madeCounts) made.Match = null!;
        madeActivationsUsed = 0;
        madeCountsUsed = 0;
        resolved = null!;
        plan = null!; // a spare keeps no engine alive: a host that rebuilds its engine lets the old plan go
    }

    /// <summary>Inserts a fact: it runs through the conditions at once, as NRules' Insert does.</summary>
    public void Insert(object fact) => plan.Root.Insert(this, fact);

    /// <summary>Fires the agenda until it is empty; an action's failure is a <see cref="SequentialFailure"/>.</summary>
    public void Fire()
    {
        var watch = BuildCheckWatch.Current; // null but in the build's check
        while (agenda.Count > 0)
        {
            var activation = agenda[^1];
            agenda.RemoveAt(agenda.Count - 1);
            if (!activation.Enqueued) continue; // withdrawn: its Not became false before it fired
            activation.Enqueued = false;
            context.Rule = activation.Terminal.Rule;
            watch?.Firing(activation.Terminal.Rule.Name);
            foreach (var action in activation.Terminal.Actions)
            {
                try
                {
                    action(context, activation.Match);
                }
                catch (SequentialFailure)
                {
                    throw; // a condition on a fact the action inserted: that condition is at fault
                }
                catch (Exception e)
                {
                    throw new SequentialFailure([activation.Terminal.Rule.Name], "its action", e);
                }
            }

            if (watch?.Fired() is { } over) throw new BuildCheckWatch.OverBudgetException(over);
        }
    }

    /// <summary>What an action resolves: the case's sheet, as the Rete session's resolver answers.</summary>
    public object Resolve(Type serviceType) =>
        serviceType.IsInstanceOfType(resolved) ? resolved : throw new InvalidOperationException($"No {serviceType.Name} can be resolved by a rule action.");

    /// <summary>How many facts each alpha memory holds.</summary>
    internal int[] AlphaCounts { get; private set; }

    internal List<object> BetaMatches(int index) => betaMatches[index] ??= [];

    internal void SetCount(int node, object match, int value)
    {
        Count count;
        if (madeCountsUsed < madeCounts.Count) count = madeCounts[madeCountsUsed];
        else madeCounts.Add(count = new Count());
        madeCountsUsed++;
        count.Node = node;
        count.Match = match;
        count.Value = value;
        counts.Add(count);
    }

    /// <summary>Adds one to the count of <paramref name="match"/> at <paramref name="node"/>; returns the count before.</summary>
    internal int IncrementCount(int node, object match) => Find(node, match)!.Value++;

    internal int? RemoveCount(int node, object match)
    {
        var count = Find(node, match);
        if (count is null) return null;
        counts.Remove(count);
        return count.Value;
    }

    internal void Activate(PlanTerminal terminal, object match)
    {
        Activation activation;
        if (madeActivationsUsed < madeActivations.Count) activation = madeActivations[madeActivationsUsed];
        else madeActivations.Add(activation = new Activation());
        madeActivationsUsed++;
        activation.Terminal = terminal;
        activation.Match = match;
        activation.Enqueued = true;
        activations.Add(activation);
        // After (so firing before) every activation of a lower priority; before every one of its own priority or
        // higher, each activated earlier or ranked higher, so each fires first.
        var at = 0;
        while (at < agenda.Count && agenda[at].Terminal.Priority < terminal.Priority) at++;
        agenda.Insert(at, activation);
    }

    internal void Deactivate(PlanTerminal terminal, object match)
    {
        for (var i = activations.Count - 1; i >= 0; i--)
        {
            var a = activations[i];
            if (a.Terminal == terminal && ReferenceEquals(a.Match, match))
            {
                a.Enqueued = false;
                activations.RemoveAt(i);
                return;
            }
        }
    }

    private Count? Find(int node, object match)
    {
        for (var i = counts.Count - 1; i >= 0; i--)
        {
            if (counts[i].Node == node && ReferenceEquals(counts[i].Match, match)) return counts[i];
        }

        return null;
    }

    // Mutable so that a run's objects serve the next run on the thread.
    private sealed class Count
    {
        public int Node { get; set; }

        public object Match { get; set; } = null!;

        public int Value { get; set; }
    }

    private sealed class Activation
    {
        public PlanTerminal Terminal { get; set; } = null!;

        public object Match { get; set; } = null!;

        public bool Enqueued { get; set; }
    }
}
