using NRules.RuleModel;

namespace Bars.Policy.Engine.Sequential;

/// <summary>
/// One case's run of a <see cref="SequentialPlan"/>: its working memory (facts per alpha memory, matches per beta
/// memory, counts per <c>Not</c>/<c>Exists</c>) and its agenda, ordered as NRules 1.0.4 orders one
/// (ActivationQueue over an OrderedPriorityQueue): higher priority first, then first activated first.
/// </summary>
internal sealed class SequentialSession
{
    private readonly SequentialPlan plan;
    private readonly object resolved;
    private readonly List<object>?[] alphaFacts;
    private readonly List<object>?[] betaMatches;
    private readonly Dictionary<object, int>?[] counts;
    private readonly Dictionary<object, Activation>?[] activations;
    private readonly PriorityQueue<Activation, (int Priority, int Order)> agenda = new(AgendaOrder.Instance);
    private int order;

    /// <summary>A run of <paramref name="plan"/> whose actions resolve <paramref name="resolved"/> (the case's sheet).</summary>
    public SequentialSession(SequentialPlan plan, object resolved)
    {
        this.plan = plan;
        this.resolved = resolved;
        alphaFacts = new List<object>?[plan.AlphaMemories];
        betaMatches = new List<object>?[plan.BetaMemories];
        counts = new Dictionary<object, int>?[plan.Quantified];
        activations = new Dictionary<object, Activation>?[plan.Terminals];
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

    internal List<object> AlphaFacts(int index) => alphaFacts[index] ??= [];

    internal List<object> BetaMatches(int index) => betaMatches[index] ??= [];

    internal Dictionary<object, int> Counts(int index) => counts[index] ??= new(ReferenceEqualityComparer.Instance);

    internal void Activate(PlanTerminal terminal, object match)
    {
        var activation = new Activation(terminal, match) { Enqueued = true };
        (activations[terminal.Index] ??= new(ReferenceEqualityComparer.Instance))[match] = activation;
        agenda.Enqueue(activation, (terminal.Priority, order++));
    }

    internal void Deactivate(PlanTerminal terminal, object match)
    {
        if (activations[terminal.Index]?.Remove(match, out var activation) == true) activation.Enqueued = false;
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
