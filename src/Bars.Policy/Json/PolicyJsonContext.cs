using System.Text.Json.Serialization;

namespace Bars.Policy.Json;

/// <summary>
/// The JSON contract, source-generated: camelCase, enums as strings (names only), dates yyyy-MM-dd,
/// unknown members and duplicate properties rejected.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    Converters =
    [
        typeof(IsoDateConverter),
        typeof(NameOnlyEnumConverter<Sex>),
        typeof(NameOnlyEnumConverter<EnlistmentOutcome>),
        typeof(NameOnlyEnumConverter<EntitlementKind>),
        typeof(NameOnlyEnumConverter<EntitlementStatus>),
        typeof(NameOnlyEnumConverter<PaymentPeriod>),
        typeof(NameOnlyEnumConverter<ObligationKind>),
        typeof(NameOnlyEnumConverter<ObligationStatus>),
        typeof(NameOnlyEnumConverter<ServicePhase>),
        typeof(NameOnlyEnumConverter<UndeterminedReason>),
    ])]
[JsonSerializable(typeof(PolicyCase))]
[JsonSerializable(typeof(PolicyDecision))]
[JsonSerializable(typeof(Catalog.PolicyCatalog))]
internal sealed partial class PolicyJsonContext : JsonSerializerContext
{
}
