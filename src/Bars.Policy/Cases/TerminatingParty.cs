using System.Text.Json.Serialization;
using Bars.Policy.Json;

namespace Bars.Policy;

/// <summary>Who ended a contract early (I13): C11's repayment speaks of a volunteer who "decides to terminate".</summary>
[JsonConverter(typeof(NameOnlyEnumConverter<TerminatingParty>))]
public enum TerminatingParty
{
    /// <summary>The volunteer decided to end it (the default when a case does not say).</summary>
    Volunteer,

    /// <summary>The unit ended it: the source says nothing of a repayment then.</summary>
    Unit,
}
