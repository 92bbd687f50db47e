using System.Text.Json.Serialization;

namespace Bars.Policy.Json;

/// <summary>
/// The JSON contract, source-generated: camelCase, enums as names only (<see cref="NameOnlyEnumConverter{TEnum}"/>),
/// dates yyyy-MM-dd, unknown members and duplicate properties rejected.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    // DateOnly is the BCL's, so its converter is listed here; each enum of the contract names its own converter
    // on the type, so that any JsonSerializerOptions (ASP.NET's too) write and read enums as names. A decision is
    // written by the library's one writer (DecisionConverter).
    Converters = [typeof(IsoDateConverter), typeof(DecisionConverter)])]
[JsonSerializable(typeof(PolicyCase))]
[JsonSerializable(typeof(PolicyDecision))]
[JsonSerializable(typeof(Catalog.PolicyCatalog))]
[JsonSerializable(typeof(Explanation.WhyNotAnswer))]
[JsonSerializable(typeof(Explanation.Screening))]
[JsonSerializable(typeof(Explanation.CaseTimeline))]
[JsonSerializable(typeof(Verification.PolicyVerification))]
internal sealed partial class PolicyJsonContext : JsonSerializerContext
{
}
