using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bars.Policy.Json;

/// <summary>
/// Enums as exactly one of their names, nothing else: numbers, other casing, surrounding spaces and
/// comma-joined names are errors rather than guesses (the built-in converter would read "Male, Female" as Female).
/// </summary>
internal sealed class NameOnlyEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private static readonly Dictionary<string, TEnum> ByName =
        Enum.GetValues<TEnum>().ToDictionary(v => v.ToString(), v => v, StringComparer.Ordinal);

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String && reader.GetString() is { } name && ByName.TryGetValue(name, out var value))
        {
            return value;
        }

        throw new JsonException($"must be one of: {string.Join(", ", ByName.Keys)}.");
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
