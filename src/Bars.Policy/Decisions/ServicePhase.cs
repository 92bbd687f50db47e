using System.Text.Json.Serialization;
using Bars.Policy.Json;

namespace Bars.Policy;

/// <summary>The phase of service on the evaluation date (C4, I10). Service is a member's (I4, I7): an Ineligible
/// applicant is <see cref="NotMember"/>, and while the enlistment is Undetermined so is the phase.</summary>
[JsonConverter(typeof(NameOnlyEnumConverter<ServicePhase>))]
public enum ServicePhase
{
    /// <summary>The case holds no contract: nobody is a member without one (I7).</summary>
    NoContract,

    /// <summary>Days 1 to 21 of the contract: combat and medical training (C4).</summary>
    Training,

    /// <summary>From day 22 to the end of membership: commanders assign the member to tasks (C4).</summary>
    Assigned,

    /// <summary>The applicant is Ineligible: not a member, so neither in training nor assigned, and without duties.</summary>
    NotMember,

    /// <summary>Whether the applicant may join is Undetermined, and so is the phase of service, for the same reason.</summary>
    Undetermined,

    /// <summary>The contract is signed and begins after the evaluation date: not yet a member (I7).</summary>
    NotStarted,

    /// <summary>The contract's term is over: a former member (I7).</summary>
    Ended,

    /// <summary>The contract was ended early, on or before the evaluation date: a former member from that day (I7).</summary>
    TerminatedEarly,
}
