using System.Text.Json.Serialization;
using Bars.Policy.Json;

namespace Bars.Policy;

/// <summary>Whether an entitlement is due.</summary>
[JsonConverter(typeof(NameOnlyEnumConverter<EntitlementStatus>))]
public enum EntitlementStatus
{
    /// <summary>The source grants it.</summary>
    Entitled,

    /// <summary>The source's rule does not grant it to this case, or the applicant is not a member (I4).</summary>
    NotEntitled,

    /// <summary>The source is silent or conflicting, or an input it needs is missing.</summary>
    Undetermined,

    /// <summary>The question does not arise (I8): a public position to keep, for someone who holds none or outside the
    /// term of membership.</summary>
    NotApplicable,
}
