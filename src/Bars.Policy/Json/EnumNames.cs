using System.Text.Json;

namespace Bars.Policy.Json;

/// <summary>
/// The names of one of the contract's enums, encoded once: <see cref="DecisionWriter"/> writes them and
/// <see cref="OnePassCaseReader"/> matches them, byte for byte, as <see cref="NameOnlyEnumConverter{TEnum}"/> reads
/// and writes them.
/// </summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal static class EnumNames<TEnum>
    where TEnum : struct, Enum
{
    /// <summary>Every value with its name, in the enum's order.</summary>
    public static readonly (JsonEncodedText Name, TEnum Value)[] All =
        Enum.GetValues<TEnum>().Select(v => (JsonEncodedText.Encode(v.ToString()), v)).ToArray();

    private static readonly Dictionary<TEnum, JsonEncodedText> ByValue = All.ToDictionary(p => p.Value, p => p.Name);

    /// <summary>The name of <paramref name="value"/>; a value outside the enum (never made by the engine) by its <see cref="Enum.ToString()"/>.</summary>
    /// <param name="value">The value.</param>
    public static JsonEncodedText Of(TEnum value) =>
        ByValue.TryGetValue(value, out var name) ? name : JsonEncodedText.Encode(value.ToString());
}
