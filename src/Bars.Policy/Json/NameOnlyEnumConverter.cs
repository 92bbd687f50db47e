using System.Text.Json.Serialization;

namespace Bars.Policy.Json;

/// <summary>Enums as their names; numbers are rejected, so "sex": 1 is an error rather than a guess.</summary>
internal sealed class NameOnlyEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(namingPolicy: null, allowIntegerValues: false)
    where TEnum : struct, Enum;
