using System.Text.Json.Serialization;
using Bars.Policy.Json;

namespace Bars.Policy;

/// <summary>The phase of service on the evaluation date (C4). Service is a member's (I4): an Ineligible applicant is
/// <see cref="NotMember"/>, and while the enlistment is Undetermined so is the phase.</summary>
[JsonConverter(typeof(NameOnlyEnumConverter<ServicePhase>))]
public enum ServicePhase
{
    /// <summary>A member with no contract in force: none signed, not yet started, ended, or terminated early.</summary>
    NoContract,

    /// <summary>Days 1 to 21 of the contract: combat and medical training.</summary>
    Training,

    /// <summary>From day 22: commanders assign the member to tasks.</summary>
    Assigned,

    /// <summary>The applicant is Ineligible: not a member, so neither in training nor assigned, and without duties.</summary>
    NotMember,

    /// <summary>Whether the applicant may join is Undetermined, and so is the phase of service, for the same reason.</summary>
    Undetermined,
}
