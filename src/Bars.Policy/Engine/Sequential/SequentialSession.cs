using NRules.RuleModel;

namespace Bars.Policy.Engine.Sequential;

/// <summary>
/// One case's run of a <see cref="SequentialPlan"/>: its working memory (a count of facts per alpha memory, the
/// matches a <c>Not</c>/<c>Exists</c> reads, its counts per match) and its agenda, ordered as NRules 1.0.4 orders one
/// (ActivationQueue over an OrderedPriorityQueue): higher priority first, then first activated first.
/// </summary>
internal sealed class SequentialSession
{
    private readonly SequentialPlan plan;
    private readonly object resolved;
    private readonly List<object>?[] betaMatches;

    // A case has a few dozen activations and counts: a list searched from its end beats a dictionary per rule.
    private readonly List<Count> counts = [];
    private readonly List<Activation> activations = new(32);
    private readonly PriorityQueue<Activation, (int Priority, int Order)> agenda = new(32, AgendaOrder.Instance);
    private int order;

    /// <summary>A run of <paramref name="plan"/> whose actions resolve <paramref name="resolved"/> (the case's sheet).</summary>
    public SequentialSession(SequentialPlan plan, object resolved)
    {
        this.plan = plan;
        this.resolved = resolved;
        AlphaCounts = new int[plan.AlphaMemories];
        betaMatches = new List<object>?[plan.BetaMemories];
    }

    /// <summary>Inserts a fact: it runs through the conditions at once, as NRules' Insert does.</summary>
    public void Insert(object fact) => plan.Root.Assert(this, fact);

    /// <summary>Fires the agenda until it is empty; an action's failure is a <see cref="SequentialFailure"/>.</summary>
    public void Fire()
    {
        var context = new SequentialContext(this);
        while (agenda.TryDequeue(out var activation, out _))
        {
            if (!activation.Enqueued) continue; // withdrawn: its Not became false before it fired
            activation.Enqueued = false;
            context.Rule = activation.Terminal.Rule;
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
        }
    }

    /// <summary>What an action resolves: the case's sheet, as the Rete session's resolver answers.</summary>
    public object Resolve(Type serviceType) =>
        serviceType.IsInstanceOfType(resolved) ? resolved : throw new InvalidOperationException($"No {serviceType.Name} can be resolved by a rule action.");

    /// <summary>How many facts each alpha memory holds.</summary>
    internal int[] AlphaCounts { get; }

    internal List<object> BetaMatches(int index) => betaMatches[index] ??= [];

    internal void SetCount(int node, object match, int value) => counts.Add(new Count(node, match) { Value = value });

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
        var activation = new Activation(terminal, match) { Enqueued = true };
        activations.Add(activation);
        agenda.Enqueue(activation, (terminal.Priority, order++));
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

    private sealed class Count(int node, object match)
    {
        public int Node { get; } = node;

        public object Match { get; } = match;

        public int Value { get; set; }
    }

    private sealed class Activation(PlanTerminal terminal, object match)
    {
        public PlanTerminal Terminal { get; } = terminal;

        public object Match { get; } = match;

        public bool Enqueued { get; set; }
    }

    // The queue dequeues the least: the least here is the highest priority, then the earliest activation.
    private sealed class AgendaOrder : IComparer<(int Priority, int Order)>
    {
        public static readonly AgendaOrder Instance = new();

        public int Compare((int Priority, int Order) x, (int Priority, int Order) y) =>
            x.Priority != y.Priority ? y.Priority.CompareTo(x.Priority) : x.Order.CompareTo(y.Order);
    }
}
