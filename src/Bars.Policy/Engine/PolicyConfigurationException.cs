using System.Text;

namespace Bars.Policy;

/// <summary>The engine's options are inconsistent (an unknown rule or region, overlapping periods, a value without a
/// citation, a region added twice, …). Thrown when the engine is built, never when it evaluates; it lists every
/// failure found, not only the first.</summary>
public sealed class PolicyConfigurationException : Exception
{
    // Internal: only the engine's build finds failures; hosts catch the exception, they do not make one.
    internal PolicyConfigurationException(IEnumerable<string> failures)
        : this(failures.ToArray())
    {
    }

    private PolicyConfigurationException(string[] failures)
        : base(MessageOf(failures))
    {
        Failures = Array.AsReadOnly(failures);
    }

    /// <summary>Every failure found, each in its own words, in the order the options were checked.</summary>
    public IReadOnlyList<string> Failures { get; }

    // One failure is the whole message, as it always was; several are listed one per line.
    private static string MessageOf(string[] failures)
    {
        if (failures.Length == 1) return failures[0];
        var message = new StringBuilder($"The engine's options have {failures.Length} failures:");
        foreach (var failure in failures) message.Append("\n- ").Append(failure);
        return message.ToString();
    }
}
