using System.Linq.Expressions;
using NRules;
using NRules.Diagnostics;
using NRules.RuleModel;

namespace Bars.Policy.Engine.Sequential;

/// <summary>
/// A region's rules compiled for sequential execution: the network NRules built for them (read from its schema, so
/// the order facts reach the rules and the conditions rules share are NRules' own), each condition and action
/// compiled once to a delegate, and no memory: a <see cref="SequentialSession"/> holds one case's.
/// </summary>
internal sealed class SequentialPlan
{
    // Cases a tiered plan runs interpreted before it compiles its delegates: as the JIT's tiering does, a process
    // that answers a case or a few never pays for compiling, and a longer run soon runs compiled.
    private const int RunsBeforeCompiling = 30;

    private readonly IReadOnlyList<Action> upgrades;
    private readonly bool tiered;
    private readonly TaskCompletionSource compiled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int runs;
    private int compiling;

    private SequentialPlan(PlanAlpha root, int alphaMemories, int betaMemories, int quantified, int terminals, IReadOnlyList<Action> upgrades, IReadOnlyList<string> fromExpressions)
    {
        FromExpressions = fromExpressions;
        this.upgrades = upgrades;
        tiered = upgrades.Count > 0;
        if (!tiered) compiled.SetResult();
        Root = root;
        AlphaMemories = alphaMemories;
        BetaMemories = betaMemories;
        Quantified = quantified;
        Terminals = terminals;
    }

    public PlanAlpha Root { get; }

    /// <summary>Done when every condition and action runs compiled (at once unless the plan was built tiered).</summary>
    public Task Compiled => compiled.Task;

    /// <summary>
    /// Counts a case run; a tiered plan's 30th starts compiling its delegates on another thread, each swapped in when
    /// made (a delegate is one reference: a case sees the interpreted one or the compiled one, which decide alike).
    /// </summary>
    public void Ran()
    {
        if (!tiered || Volatile.Read(ref compiling) != 0) return;
        if (Interlocked.Increment(ref runs) < RunsBeforeCompiling || Interlocked.Exchange(ref compiling, 1) != 0) return;
        ThreadPool.UnsafeQueueUserWorkItem(
            static plan =>
            {
                try
                {
                    foreach (var upgrade in plan.upgrades) upgrade();
                    plan.compiled.SetResult();
                }
                catch (Exception e)
                {
                    // The interpreted delegates stay, and decide alike; the failure is kept for whoever awaits.
                    plan.compiled.SetException(e);
                }
            },
            this,
            preferLocal: false);
    }

    public int AlphaMemories { get; }

    public int BetaMemories { get; }

    public int Quantified { get; }

    public int Terminals { get; }

    /// <summary>The rules (by name, once each, in plan order) with a condition or action run from its expression
    /// rather than compiled with the library (<see cref="CompiledRules"/>): a host's rules, or a shipped rule changed
    /// since its C# was written, or every rule when the engine was asked not to use the compiled ones.</summary>
    public IReadOnlyList<string> FromExpressions { get; }

    /// <summary>
    /// The plan of <paramref name="rules"/> as compiled into <paramref name="sessions"/>, or why there is none.
    /// <paramref name="tiered"/>: the delegates are interpreted first and compiled in the background (for a process
    /// that answers a case or a few, where compiling costs more than it saves; see <see cref="Ran"/>).
    /// </summary>
    /// <paramref name="compiledRules"/>: the shipped rules run as the C# compiled with the library, where it is current.
    public static SequentialPlan? TryBuild(IReadOnlyList<Anatomy.RuleAnatomy> rules, ISessionFactory sessions, bool tiered, bool compiledRules, out string? reason)
    {
        foreach (var rule in rules)
        {
            if (rule.NotSequential is { } why)
            {
                reason = $"Rule '{rule.Name}': {why}.";
                return null;
            }
        }

        var builder = new Builder(rules, sessions.GetSchema(), tiered, compiledRules);
        var plan = builder.Build(out reason);
        return plan;
    }

    private sealed class Builder(IReadOnlyList<Anatomy.RuleAnatomy> rules, ReteGraph schema, bool tiered, bool compiledRules)
    {
        private readonly List<Action> upgrades = [];
        private readonly List<string> fromExpressions = [];
        private readonly Dictionary<ReteNode, List<ReteNode>> outgoing = Links(schema, l => l.Source, l => l.Target);
        private readonly Dictionary<ReteNode, List<ReteNode>> incoming = Links(schema, l => l.Target, l => l.Source);
        private readonly Dictionary<string, Anatomy.RuleAnatomy> byName = rules.ToDictionary(r => r.Name, StringComparer.Ordinal);
        private readonly Dictionary<ReteNode, PlanAlphaMemory> alphaMemories = [];
        private readonly Dictionary<ReteNode, PlanBetaMemory> betaMemories = [];
        private readonly Dictionary<ReteNode, IPlanRightSink> rightSinks = [];
        private int quantified;
        private int terminals;
        private string? failure;

        public SequentialPlan? Build(out string? reason)
        {
            foreach (var node in schema.Nodes)
            {
                if (node.NodeType is NodeType.Adapter or NodeType.Aggregate or NodeType.Binding)
                {
                    reason = $"The compiled network has a {node.NodeType} node (rules {string.Join(", ", node.Rules.Select(r => $"'{r.Name}'"))}).";
                    return null;
                }
            }

            var root = schema.Nodes.Single(n => n.NodeType == NodeType.Root);
            var alpha = Alpha(root);
            reason = failure;
            return failure is null ? new SequentialPlan(alpha, alphaMemories.Count, betaMemories.Count, quantified, terminals, upgrades, fromExpressions) : null;
        }

        private static Dictionary<ReteNode, List<ReteNode>> Links(ReteGraph graph, Func<ReteLink, ReteNode> from, Func<ReteLink, ReteNode> to)
        {
            var map = new Dictionary<ReteNode, List<ReteNode>>();
            foreach (var link in graph.Links)
            {
                if (!map.TryGetValue(from(link), out var list)) map.Add(from(link), list = []);
                list.Add(to(link));
            }

            return map;
        }

        private List<ReteNode> Out(ReteNode node) => outgoing.TryGetValue(node, out var list) ? list : [];

        private List<ReteNode> In(ReteNode node) => incoming.TryGetValue(node, out var list) ? list : [];

        // The schema lists an alpha node's children before its memory, the order NRules propagates a fact in.
        private PlanAlpha Alpha(ReteNode node)
        {
            var children = new List<PlanAlpha>();
            PlanAlphaMemory? memory = null;
            foreach (var next in Out(node))
            {
                if (next.NodeType == NodeType.AlphaMemory) memory = AlphaMemory(next);
                else children.Add(Alpha(next));
            }

            var condition = node.NodeType == NodeType.Selection ? node.Expressions.Single().Value : null;
            var type = node.NodeType == NodeType.Type ? node.OutputType : null;
            var sharedBy = node.Rules.Select(r => byName[r.Name]).ToArray();
            var compiled = condition is not null && compiledRules ? CompiledRules.Condition(sharedBy, condition) : null;
            var test = compiled ?? (condition is null ? null : Condition(condition, tiered));
            var alpha = new PlanAlpha(type, test, node.Rules.Select(r => r.Name).ToArray(), children.ToArray(), memory);
            if (condition is not null && compiled is null)
            {
                // Named after the rule the expression is (NRules shares one node among rules whose conditions match).
                FromExpression(sharedBy.FirstOrDefault(r => r.IndexOf(condition) >= 0) ?? sharedBy[0]);
                if (tiered) upgrades.Add(() => alpha.Test = Condition(condition, interpret: false));
            }

            return alpha;
        }

        private PlanAlphaMemory AlphaMemory(ReteNode node)
        {
            if (alphaMemories.TryGetValue(node, out var known)) return known;
            var memory = new PlanAlphaMemory(alphaMemories.Count);
            alphaMemories.Add(node, memory);
            memory.Sinks = Out(node).Select(RightSink).ToArray();
            return memory;
        }

        private IPlanRightSink RightSink(ReteNode node)
        {
            if (rightSinks.TryGetValue(node, out var known)) return known;
            switch (node.NodeType)
            {
                case NodeType.Join:
                    if (node.Expressions.Count > 0 || In(node).Any(n => n.NodeType != NodeType.AlphaMemory && n.NodeType != NodeType.Dummy))
                    {
                        Fail(node, "a join of two facts");
                    }

                    var join = new PlanJoin(BetaMemory(Out(node).Single()));
                    rightSinks.Add(node, join);
                    return join;
                case NodeType.Not or NodeType.Exists:
                    var quantifier = new PlanQuantifier(node.NodeType == NodeType.Not, quantified++);
                    rightSinks.Add(node, quantifier);
                    quantifier.Right = AlphaMemory(In(node).Single(n => n.NodeType == NodeType.AlphaMemory));
                    quantifier.Left = BetaMemory(In(node).Single(n => n.NodeType == NodeType.BetaMemory));
                    quantifier.Left.Kept = true;
                    quantifier.Out = BetaMemory(Out(node).Single());
                    return quantifier;
                default:
                    Fail(node, $"a {node.NodeType} node fed by facts");
                    return new PlanJoin(new PlanBetaMemory(-1));
            }
        }

        private PlanBetaMemory BetaMemory(ReteNode node)
        {
            if (betaMemories.TryGetValue(node, out var known)) return known;
            var memory = new PlanBetaMemory(betaMemories.Count);
            betaMemories.Add(node, memory);
            var sinks = new List<IPlanLeftSink>();
            foreach (var next in Out(node))
            {
                switch (next.NodeType)
                {
                    case NodeType.Rule:
                        sinks.Add(Terminal(next));
                        break;
                    case NodeType.Not or NodeType.Exists:
                        sinks.Add((PlanQuantifier)RightSink(next));
                        break;
                    default:
                        Fail(next, $"a {next.NodeType} node fed by matches");
                        break;
                }
            }

            memory.Sinks = sinks.ToArray();
            return memory;
        }

        private PlanTerminal Terminal(ReteNode node)
        {
            var rule = byName[node.Rules.Single().Name];
            if (node.Expressions.Count > 0) Fail(node, "an agenda filter");
            var expressions = ((IRuleDefinition)rule).RightHandSide.Actions.Select(a => a.Expression).ToArray();
            var actions = new Action<IContext, object>[expressions.Length];
            for (var i = 0; i < actions.Length; i++)
            {
                if (compiledRules && CompiledRules.Action(rule, expressions[i]) is { } compiled)
                {
                    actions[i] = compiled;
                    continue;
                }

                FromExpression(rule);
                actions[i] = Action(expressions[i], tiered);
                var at = i;
                if (tiered) upgrades.Add(() => actions[at] = Action(expressions[at], interpret: false));
            }

            return new PlanTerminal(rule, ((IRuleDefinition)rule).Priority, actions, terminals++);
        }

        private void FromExpression(Anatomy.RuleAnatomy rule)
        {
            if (!fromExpressions.Contains(rule.Name)) fromExpressions.Add(rule.Name);
        }

        private void Fail(ReteNode node, string what) =>
            failure ??= $"The compiled network has {what} (rules {string.Join(", ", node.Rules.Select(r => $"'{r.Name}'"))}).";

        // A condition on one fact: NRules' lambda takes the fact, typed; the plan passes it as object.
        private static Func<object, bool> Condition(LambdaExpression condition, bool interpret)
        {
            var fact = Expression.Parameter(typeof(object), "fact");
            var body = Expression.Invoke(condition, Expression.Convert(fact, condition.Parameters.Single().Type));
            return Expression.Lambda<Func<object, bool>>(body, fact).Compile(preferInterpretation: interpret);
        }

        // An action takes the context, then the facts it imports: the analysis admits only the one matched fact.
        private static Action<IContext, object> Action(LambdaExpression action, bool interpret)
        {
            var ctx = Expression.Parameter(typeof(IContext), "ctx");
            var fact = Expression.Parameter(typeof(object), "fact");
            var arguments = new List<Expression> { Expression.Convert(ctx, action.Parameters[0].Type) };
            arguments.AddRange(action.Parameters.Skip(1).Select(p => Expression.Convert(fact, p.Type)));
            return Expression.Lambda<Action<IContext, object>>(Expression.Invoke(action, arguments), ctx, fact).Compile(preferInterpretation: interpret);
        }
    }
}

/// <summary>
/// A type or selection node: a fact of its type that passes its condition goes to its children, then its memory. The
/// root walks a fact through its program for the fact's class (<see cref="Insert"/>).
/// </summary>
internal sealed class PlanAlpha(Type? type, Func<object, bool>? test, string[] rules, PlanAlpha[] children, PlanAlphaMemory? memory)
{
    // The root's programs, one per fact class met, made on first meeting: threads that meet a class at once both make
    // it, alike; a reader sees the array before or after, never a torn one.
    private (Type Class, Step[] Steps)[] programs = [];

    /// <summary>The condition; replaced once by its compiled form when the plan is tiered.</summary>
    public Func<object, bool>? Test { get; set; } = test;

    /// <summary>The type a fact must be of (a type node), or null.</summary>
    public Type? Type { get; } = type;

    /// <summary>Walks <paramref name="fact"/> from this node (the root) as the network does: each node's condition,
    /// then its children in order, then its memory; a node whose condition fails skips the nodes below it.</summary>
    public void Insert(SequentialSession session, object fact)
    {
        var steps = ProgramOf(fact.GetType());
        for (var i = 0; i < steps.Length; i++)
        {
            var step = steps[i];
            if (step.Memory is { } reached) reached.Assert(session, fact);
            else if (!step.Node!.Passes(fact)) i = step.Skip - 1;
        }
    }

    private bool Passes(object fact)
    {
        try
        {
            return Test!(fact);
        }
        catch (Exception e)
        {
            throw new SequentialFailure(rules, "a condition", e);
        }
    }

    private Step[] ProgramOf(Type of)
    {
        var known = Volatile.Read(ref programs);
        foreach (var (c, program) in known)
        {
            if (ReferenceEquals(c, of)) return program;
        }

        var made = new List<Step>();
        Flatten(of, made);
        var steps = made.ToArray();
        Volatile.Write(ref programs, [.. known, (of, steps)]);
        return steps;
    }

    // The steps a fact of class `of` takes from this node: a type it is not of ends the walk here, as does (at run
    // time) a condition that fails, which jumps past this node's children and memory.
    private void Flatten(Type of, List<Step> steps)
    {
        if (Type is not null && !Type.IsAssignableFrom(of)) return;
        var at = steps.Count;
        if (Test is not null) steps.Add(new Step(this, null, 0));
        foreach (var child in children) child.Flatten(of, steps);
        if (memory is not null) steps.Add(new Step(null, memory, 0));
        if (Test is not null) steps[at] = steps[at] with { Skip = steps.Count };
    }

    // A condition to test (Node; on failure, on to Skip) or a memory to reach.
    private readonly record struct Step(PlanAlpha? Node, PlanAlphaMemory? Memory, int Skip);
}

/// <summary>The facts that passed one chain of conditions; its sinks see a new fact before it counts, as in NRules.
/// Only the count is kept: a <c>Not</c>/<c>Exists</c> reads no more of it (its conditions are its pattern's own).</summary>
internal sealed class PlanAlphaMemory(int index)
{
    public int Index { get; } = index;

    public IPlanRightSink[] Sinks { get; set; } = [];

    public void Assert(SequentialSession session, object fact)
    {
        foreach (var sink in Sinks) sink.RightAssert(session, fact);
        session.AlphaCounts[Index]++;
    }
}

/// <summary>Takes a fact from an alpha memory.</summary>
internal interface IPlanRightSink
{
    void RightAssert(SequentialSession session, object fact);
}

/// <summary>Takes a match (one fact: a plan's rules match one) from a beta memory.</summary>
internal interface IPlanLeftSink
{
    void LeftAssert(SequentialSession session, object match);

    void LeftRetract(SequentialSession session, object match);
}

/// <summary>A rule's first pattern: every fact that passed its conditions is a match.</summary>
internal sealed class PlanJoin(PlanBetaMemory output) : IPlanRightSink
{
    public void RightAssert(SequentialSession session, object fact) => output.Assert(session, fact);
}

/// <summary>The matches so far of a rule's conditions.</summary>
internal sealed class PlanBetaMemory(int index)
{
    public int Index { get; } = index;

    public IPlanLeftSink[] Sinks { get; set; } = [];

    /// <summary>Whether a <c>Not</c>/<c>Exists</c> reads the matches: only then are they kept.</summary>
    public bool Kept { get; set; }

    public void Assert(SequentialSession session, object match)
    {
        foreach (var sink in Sinks) sink.LeftAssert(session, match);
        if (Kept) session.BetaMatches(Index).Add(match);
    }

    public void Retract(SequentialSession session, object match)
    {
        foreach (var sink in Sinks) sink.LeftRetract(session, match);
        if (Kept)
        {
            var matches = session.BetaMatches(Index);
            matches.RemoveAt(matches.FindIndex(m => ReferenceEquals(m, match)));
        }
    }
}

/// <summary>
/// A <c>Not</c> or <c>Exists</c>: counts, per match, the facts of its pattern (its conditions read only that fact,
/// so every fact counts for every match). A <c>Not</c> passes a match while the count is 0 and withdraws it when a
/// first fact arrives; an <c>Exists</c> passes it from the first fact.
/// </summary>
internal sealed class PlanQuantifier(bool isNot, int index) : IPlanRightSink, IPlanLeftSink
{
    public PlanAlphaMemory Right { get; set; } = null!;

    public PlanBetaMemory Left { get; set; } = null!;

    public PlanBetaMemory Out { get; set; } = null!;

    public void LeftAssert(SequentialSession session, object match)
    {
        var count = session.AlphaCounts[Right.Index];
        session.SetCount(index, match, count);
        if ((count == 0) == isNot) Out.Assert(session, match);
    }

    public void LeftRetract(SequentialSession session, object match)
    {
        if (session.RemoveCount(index, match) is { } count && (count == 0) == isNot) Out.Retract(session, match);
    }

    public void RightAssert(SequentialSession session, object fact)
    {
        // The left memory does not change while one fact propagates: no action runs until the agenda fires.
        foreach (var match in session.BetaMatches(Left.Index))
        {
            if (session.IncrementCount(index, match) != 0) continue;
            if (isNot) Out.Retract(session, match);
            else Out.Assert(session, match);
        }
    }
}

/// <summary>A rule: each match is an activation on the agenda, withdrawn if the match is.</summary>
internal sealed class PlanTerminal(IRuleDefinition rule, int priority, Action<IContext, object>[] actions, int index) : IPlanLeftSink
{
    public IRuleDefinition Rule { get; } = rule;

    public int Priority { get; } = priority;

    public Action<IContext, object>[] Actions { get; } = actions;

    public int Index { get; } = index;

    public void LeftAssert(SequentialSession session, object match) => session.Activate(this, match);

    public void LeftRetract(SequentialSession session, object match) => session.Deactivate(this, match);
}
