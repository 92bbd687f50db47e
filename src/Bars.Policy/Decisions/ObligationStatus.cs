using System.Text.Json.Serialization;
using Bars.Policy.Json;

namespace Bars.Policy;

/// <summary>Whether an obligation is owed.</summary>
[JsonConverter(typeof(NameOnlyEnumConverter<ObligationStatus>))]
public enum ObligationStatus
{
    /// <summary>It is owed, for the amount given.</summary>
    Owed,

    /// <summary>Nothing is owed.</summary>
    NotOwed,

    /// <summary>The source is silent or conflicting on it, or an input it needs is missing.</summary>
    Undetermined,
}
