using System.Text.Json.Serialization;
using Bars.Policy.Json;

namespace Bars.Policy;

/// <summary>The phase of service on the evaluation date (C4).</summary>
[JsonConverter(typeof(NameOnlyEnumConverter<ServicePhase>))]
public enum ServicePhase
{
    /// <summary>No contract is in force: none signed, not yet started, ended, or terminated early.</summary>
    NoContract,

    /// <summary>Days 1 to 21 of the contract: combat and medical training.</summary>
    Training,

    /// <summary>From day 22: commanders assign the member to tasks.</summary>
    Assigned,
}
