using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bars.Policy.Cli;

/// <summary>
/// An enum as exactly one of its names, as the library reads its own enums: numbers, other casing and
/// comma-joined names are refused (the built-in converter would take <c>3</c>, <c>"monthlypayrub"</c> or <c>"A, B"</c>).
/// </summary>
internal sealed class EnumNameConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private static readonly Dictionary<string, TEnum> ByName = Enum.GetValues<TEnum>().ToDictionary(v => v.ToString(), StringComparer.Ordinal);

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && reader.GetString() is { } name && ByName.TryGetValue(name, out var value)
            ? value
            : throw new JsonException($"must be one of: {string.Join(", ", ByName.Keys)}.");

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
