using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bars.Policy.Json;

/// <summary>
/// Decisions in the contract's options (<see cref="PolicyJson.Options"/>, a host's <c>Results.Json</c>, a decision
/// inside a why-not answer or a timeline) are written by the library's one decision writer, <see cref="DecisionWriter"/>:
/// measured 2.4× faster than the source-generated serializer with no allocation (benchmarks/README.md), it is the only
/// one, so every output of a decision has the same bytes. Reading stays the source-generated contract's.
/// </summary>
internal sealed class DecisionConverter : JsonConverter<PolicyDecision>
{
    public override PolicyDecision? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize(ref reader, DecisionReadingContext.Default.PolicyDecision);

    public override void Write(Utf8JsonWriter writer, PolicyDecision value, JsonSerializerOptions options) =>
        DecisionWriter.Write(writer, value);
}
