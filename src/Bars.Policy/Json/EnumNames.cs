using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Bars.Policy.Json;

/// <summary>
/// The names of one of the contract's enums, encoded once: <see cref="DecisionWriter"/> writes them and
/// <see cref="OnePassCaseReader"/> matches them, byte for byte, as <see cref="NameOnlyEnumConverter{TEnum}"/> reads
/// and writes them.
/// </summary>
/// <remarks>
/// Arrays indexed by the value, not a dictionary or LINQ over the enum: ReadyToRun cannot hold the framework's generic
/// code made for each of the library's enums, so a dictionary per enum was ~150 methods compiled by the JIT when a
/// one-case process wrote its first decision (issue 24).
/// </remarks>
/// <typeparam name="TEnum">The enum (its values int-sized and not negative, as every enum of the contract).</typeparam>
internal static class EnumNames<TEnum>
    where TEnum : struct, Enum
{
    /// <summary>Every value with its name, in the enum's order.</summary>
    public static readonly (JsonEncodedText Name, TEnum Value)[] All = Read(out ByNumber);

    // The name of each value, at its number; a number no value has: the default (an empty name).
    private static readonly JsonEncodedText[] ByNumber;

    /// <summary>The name of <paramref name="value"/>; a value outside the enum (never made by the engine) by its <see cref="Enum.ToString()"/>.</summary>
    /// <param name="value">The value.</param>
    public static JsonEncodedText Of(TEnum value)
    {
        var number = Number(value);
        return (uint)number < (uint)ByNumber.Length && ByNumber[number].EncodedUtf8Bytes.Length > 0 ? ByNumber[number] : JsonEncodedText.Encode(value.ToString());
    }

    private static (JsonEncodedText Name, TEnum Value)[] Read(out JsonEncodedText[] byNumber)
    {
        if (Unsafe.SizeOf<TEnum>() != sizeof(int)) throw new NotSupportedException($"{typeof(TEnum).Name} is not int-sized.");
        var values = Enum.GetValues<TEnum>();
        var all = new (JsonEncodedText Name, TEnum Value)[values.Length];
        var largest = 0;
        for (var i = 0; i < values.Length; i++)
        {
            all[i] = (JsonEncodedText.Encode(values[i].ToString()), values[i]);
            if (Number(values[i]) < 0) throw new NotSupportedException($"{typeof(TEnum).Name} has a negative value.");
            largest = Math.Max(largest, Number(values[i]));
        }

        byNumber = new JsonEncodedText[largest + 1];
        foreach (var (name, value) in all) byNumber[Number(value)] = name;
        return all;
    }

    private static int Number(TEnum value) => Unsafe.As<TEnum, int>(ref value);
}
