namespace Bars.Policy;

/// <summary>The engine's options are inconsistent (an unknown rule or region, overlapping periods, a value without a
/// citation, a region added twice). Thrown when the engine is built, never when it evaluates.</summary>
public sealed class PolicyConfigurationException : Exception
{
    /// <summary>Creates the exception with a message naming the culprit.</summary>
    public PolicyConfigurationException(string message)
        : base(message)
    {
    }
}
