using System.Text.Json.Serialization;
using Bars.Policy.Json;

namespace Bars.Policy;

/// <summary>How a <see cref="PolicyEngine"/> runs a region's rules. Both give the same decisions byte for byte; they
/// differ in speed only.</summary>
[JsonConverter(typeof(NameOnlyEnumConverter<PolicyExecution>))]
public enum PolicyExecution
{
    /// <summary>
    /// The rules' conditions and actions compiled once into a plan that one case runs in the order NRules' agenda
    /// would (priority, then activation order), with no Rete session per case. A region with a rule shape the plan
    /// does not support (a join, an aggregate, an action using more of its context than inserting facts) runs on
    /// <see cref="Rete"/> instead, and <see cref="PolicyEngine.ExecutionOf(string)"/> says why.
    /// </summary>
    Sequential,

    /// <summary>An NRules Rete session per case.</summary>
    Rete,
}

/// <summary>How one region runs, and why when it does not run as the options asked.</summary>
public sealed class RegionExecution
{
    internal RegionExecution(string region, PolicyExecution execution, string? reason)
    {
        Region = region;
        Execution = execution;
        Reason = reason;
    }

    /// <summary>The region.</summary>
    public string Region { get; }

    /// <summary>How its rules run.</summary>
    public PolicyExecution Execution { get; }

    /// <summary>Why it runs on Rete although <see cref="PolicyExecution.Sequential"/> was asked (the rule and its
    /// shape); null when it runs as asked.</summary>
    public string? Reason { get; }
}
