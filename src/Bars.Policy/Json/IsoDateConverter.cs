using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bars.Policy.Json;

/// <summary>Dates as the contract writes them: yyyy-MM-dd, nothing else (see <see cref="IsoDate"/>).</summary>
internal sealed class IsoDateConverter : JsonConverter<DateOnly>
{
    public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String) throw new JsonException(IsoDate.FormatMessage);
        if (IsoDate.TryRead(reader.GetString(), out var date, out var error)) return date;

        // A format problem keeps the field's usual message; only a date that does not exist says more.
        throw error == IsoDate.FormatMessage ? new JsonException(error) : new ContractValueException(error);
    }

    public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString(IsoDate.Format, CultureInfo.InvariantCulture));
}
