using System.Text.Json.Serialization;
using Bars.Policy.Json;

namespace Bars.Policy;

/// <summary>The obligations the source speaks of.</summary>
[JsonConverter(typeof(NameOnlyEnumConverter<ObligationKind>))]
public enum ObligationKind
{
    /// <summary>Return the full one-time payment after terminating the contract early (C11).</summary>
    RepayOneTimePayment,
}
