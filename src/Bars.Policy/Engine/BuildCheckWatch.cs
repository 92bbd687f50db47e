using System.Diagnostics;

namespace Bars.Policy.Engine;

/// <summary>
/// Watches the build's check as it evaluates its cases on its own thread: which case and which rule's action are
/// running (read by the building thread, which gives up on a case past <see cref="BuildCheckBudget.CaseTime"/>), and
/// the bytes each case and each firing allocate on the checking thread (over <see cref="BuildCheckBudget.CaseBytes"/>,
/// the check stops with <see cref="OverBudgetException"/>). Set only on the checking thread: every other evaluation
/// finds no watch and pays one thread-static read a case.
/// </summary>
internal sealed class BuildCheckWatch(BuildCheckBudget budget)
{
    [ThreadStatic]
    private static BuildCheckWatch? current;

    private long caseStarted;
    private long caseBytesBefore;
    private long firingBytesBefore;
    private volatile string? region;
    private volatile PolicyCase? runningCase;
    private volatile string? firing;
    private string? overBudget;

    /// <summary>The watch of the calling thread: null but on the build's checking thread.</summary>
    public static BuildCheckWatch? Current
    {
        get => current;
        set => current = value;
    }

    /// <summary>The check's budget.</summary>
    public BuildCheckBudget Budget => budget;

    /// <summary>Set when the check has ended, normally or not.</summary>
    public ManualResetEventSlim Done { get; } = new();

    /// <summary>Starts the clock and the byte count of <paramref name="c"/>, a case of <paramref name="inRegion"/>.</summary>
    public void Begin(string inRegion, PolicyCase c)
    {
        region = inRegion;
        runningCase = c;
        firing = null;
        overBudget = null;
        caseBytesBefore = GC.GetAllocatedBytesForCurrentThread();
        Volatile.Write(ref caseStarted, Stopwatch.GetTimestamp());
    }

    /// <summary>Stops the clock of the case begun last.</summary>
    public void Stop() => Volatile.Write(ref caseStarted, 0);

    /// <summary>Ends the case begun last (stopped); throws when it, or a firing in it, allocated over the budget.</summary>
    /// <exception cref="OverBudgetException">The case allocated more than the budget.</exception>
    public void End()
    {
        if (overBudget is { } over) throw new OverBudgetException(over);
        var bytes = GC.GetAllocatedBytesForCurrentThread() - caseBytesBefore;
        if (bytes > budget.CaseBytes) throw new OverBudgetException(Over(null, bytes));
    }

    /// <summary>A rule's action starts.</summary>
    public void Firing(string rule)
    {
        firing = rule;
        firingBytesBefore = GC.GetAllocatedBytesForCurrentThread();
    }

    /// <summary>The action of the rule <see cref="Firing"/> named has ended; whether it allocated over the budget is
    /// kept for <see cref="End"/> (Rete's event must not throw) and returned (the sequential run throws at once).</summary>
    public string? Fired()
    {
        var bytes = GC.GetAllocatedBytesForCurrentThread() - firingBytesBefore;
        if (bytes > budget.CaseBytes && overBudget is null) overBudget = Over(firing, bytes);
        firing = null;
        return overBudget;
    }

    /// <summary>Listens to the firings of a Rete session of the check.</summary>
    public void Listen(NRules.ISession session)
    {
        session.Events.RuleFiringEvent += (_, e) => Firing(e.Rule.Name);
        session.Events.RuleFiredEvent += (_, _) => Fired();
    }

    /// <summary>Read on the building thread: the failure of a case running past its time, else null.</summary>
    public string? Overdue()
    {
        var started = Volatile.Read(ref caseStarted);
        if (started == 0 || Stopwatch.GetElapsedTime(started) <= budget.CaseTime) return null;
        var who = firing is { } rule ? $"rule '{rule}' did not end its action" : "a rule's condition did not end (no action was running)";
        return $"In {region}, {who} within {Seconds(budget.CaseTime)} on a case of the build's check for clashing rules "
            + $"({Json(runningCase)}): an action or a condition must end. The engine is not built; the rule is left running on a background thread (.NET cannot stop it).";
    }

    private string Over(string? rule, long bytes)
    {
        var who = rule is null ? "its rules' conditions" : $"rule '{rule}' in one firing of its action";
        return $"In {region}, {who} allocated {bytes >> 20} MiB on a case of the build's check for clashing rules "
            + $"({Json(runningCase)}), more than the {budget.CaseBytes >> 20} MiB a case may: a rule must not allocate without bound. The engine is not built.";
    }

    private static string Seconds(TimeSpan time) => $"{time.TotalSeconds:0.#} s";

    private static string Json(PolicyCase? c) => c is null ? "no case" : $"the case {PolicyJson.Write(c)}";

    /// <summary>The check stopped: a case allocated over the budget.</summary>
    /// <param name="message">The failure, naming the region and the rule.</param>
    internal sealed class OverBudgetException(string message) : Exception(message);
}
