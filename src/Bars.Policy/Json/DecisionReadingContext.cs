using System.Text.Json.Serialization;

namespace Bars.Policy.Json;

/// <summary>
/// The contract's reader of a decision (<see cref="PolicyJson.ReadDecision"/>), source-generated as metadata only:
/// the contract's settings of <see cref="PolicyJsonContext"/>, without its <see cref="DecisionConverter"/> (which reads
/// through this) and without a serializer's writer (<see cref="DecisionWriter"/> is the one).
/// </summary>
[JsonSourceGenerationOptions(
    GenerationMode = JsonSourceGenerationMode.Metadata,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    Converters = [typeof(IsoDateConverter)])]
[JsonSerializable(typeof(PolicyDecision))]
internal sealed partial class DecisionReadingContext : JsonSerializerContext
{
}
