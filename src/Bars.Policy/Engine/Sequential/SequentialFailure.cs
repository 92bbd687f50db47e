namespace Bars.Policy.Engine.Sequential;

/// <summary>
/// A rule's failure in the sequential plan, carrying what <see cref="RuleFailures"/> needs to report it as Rete's
/// would be: the rules at fault (a failed condition names every rule sharing it, as Rete's node does), where, and
/// the rule's own exception.
/// </summary>
internal sealed class SequentialFailure(IReadOnlyList<string> rules, string where, Exception cause)
    : Exception(cause.Message, cause)
{
    public IReadOnlyList<string> Rules { get; } = rules;

    public string Where { get; } = where;

    public Exception Cause { get; } = cause;
}
