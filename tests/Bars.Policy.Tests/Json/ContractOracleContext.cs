using System.Text.Json.Serialization;
using Bars.Policy.Json;

namespace Bars.Policy.Tests.Json;

/// <summary>
/// The contract's decision as the source-generated serializer writes it from the records alone (camelCase, enums as
/// names, dates yyyy-MM-dd): the library writes decisions with its one hand-written writer only (issue 21), so the
/// serializer it replaced is kept here, in the tests, as the oracle its bytes are held to.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    Converters = [typeof(IsoDateConverter)])]
[JsonSerializable(typeof(PolicyDecision))]
internal sealed partial class ContractOracleContext : JsonSerializerContext
{
}
