using System.Text.Json.Serialization;
using Bars.Policy.Json;

namespace Bars.Policy;

/// <summary>The applicant's sex, as the enlistment rules of some regions name it.</summary>
[JsonConverter(typeof(NameOnlyEnumConverter<Sex>))]
public enum Sex
{
    /// <summary>Male.</summary>
    Male,

    /// <summary>Female.</summary>
    Female,
}
