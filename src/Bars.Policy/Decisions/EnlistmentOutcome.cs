using System.Text.Json.Serialization;
using Bars.Policy.Json;

namespace Bars.Policy;

/// <summary>The enlistment outcome.</summary>
[JsonConverter(typeof(NameOnlyEnumConverter<EnlistmentOutcome>))]
public enum EnlistmentOutcome
{
    /// <summary>Every stated condition is met and no rule bars or leaves the case open.</summary>
    Eligible,

    /// <summary>A stated condition bars the applicant.</summary>
    Ineligible,

    /// <summary>No stated condition bars the applicant, but the source is silent or conflicting on one that applies.</summary>
    Undetermined,
}
