using NRules.RuleModel;

namespace Bars.Policy.Engine.Sequential;

/// <summary>
/// The context a rule action gets in the sequential plan: the firing rule, inserting facts, and the case's sheet.
/// The analysis (<see cref="SequentialAnalysis"/>) admits only actions that use these, so every other member throws.
/// </summary>
internal sealed class SequentialContext(SequentialSession session) : IContext
{
    public IRuleDefinition Rule { get; set; } = null!;

    public IMatch Match => throw Unsupported();

    public CancellationToken CancellationToken => CancellationToken.None;

    public void Insert(object fact) => session.Insert(fact);

    public object Resolve(Type serviceType) => session.Resolve(serviceType);

    public void Halt() => throw Unsupported();

    public void InsertAll(IEnumerable<object> facts) => throw Unsupported();

    public bool TryInsert(object fact) => throw Unsupported();

    public void Update(object fact) => throw Unsupported();

    public void UpdateAll(IEnumerable<object> facts) => throw Unsupported();

    public bool TryUpdate(object fact) => throw Unsupported();

    public void Retract(object fact) => throw Unsupported();

    public void RetractAll(IEnumerable<object> facts) => throw Unsupported();

    public bool TryRetract(object fact) => throw Unsupported();

    public IReadOnlyCollection<object> GetLinkedKeys() => throw Unsupported();

    public object? GetLinked(object key) => throw Unsupported();

    public void InsertLinked(object key, object fact) => throw Unsupported();

    public void InsertAllLinked(IEnumerable<KeyValuePair<object, object>> keyedFacts) => throw Unsupported();

    public void UpdateLinked(object key, object fact) => throw Unsupported();

    public void UpdateAllLinked(IEnumerable<KeyValuePair<object, object>> keyedFacts) => throw Unsupported();

    public void RetractLinked(object key, object fact) => throw Unsupported();

    public void RetractAllLinked(IEnumerable<KeyValuePair<object, object>> keyedFacts) => throw Unsupported();

    private static NotSupportedException Unsupported() =>
        new("The sequential execution gives actions only Rule, Insert and Resolve; the analysis admits no other use.");
}
