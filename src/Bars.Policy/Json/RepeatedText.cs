using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Bars.Policy.Json;

/// <summary>
/// Texts that repeat from decision to decision (a finding's rule id and quote: the same string each time) encoded
/// once for the writer's encoder, so writing a decision copies their UTF-8 bytes instead of escaping and transcoding
/// them again (issue 24). Kept for the two encoders the library's writers use (its relaxed one and the default);
/// any other writes the text as it is. Keyed by the string itself and held weakly: a text nobody refers to goes.
/// </summary>
internal static class RepeatedText
{
    // One table per known encoder, at its number (KnownEncoder).
    private static readonly ConditionalWeakTable<string, StrongBox<JsonEncodedText>>[] Tables = [[], []];

    /// <summary>Which of the two encoders the library's writers use <paramref name="writer"/> escapes with: 0 the
    /// default, 1 the library's relaxed one; -1 an encoder of the host's (whose escaping is its own).</summary>
    public static int KnownEncoder(Utf8JsonWriter writer)
    {
        var encoder = writer.Options.Encoder;
        return encoder is null ? 0 : ReferenceEquals(encoder, JavaScriptEncoder.UnsafeRelaxedJsonEscaping) ? 1 : -1;
    }

    /// <summary>The known encoder numbered <paramref name="known"/> (see <see cref="KnownEncoder(Utf8JsonWriter)"/>).</summary>
    public static JavaScriptEncoder? KnownEncoder(int known) => known == 0 ? null : JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <summary>Writes <paramref name="value"/> as the string property <paramref name="name"/>, as
    /// <see cref="Utf8JsonWriter.WriteString(JsonEncodedText, string)"/> would.</summary>
    public static void Write(Utf8JsonWriter writer, JsonEncodedText name, string value)
    {
        if (Encoded(writer, value) is { } encoded) writer.WriteString(name, encoded.Value);
        else writer.WriteString(name, value);
    }

    private static StrongBox<JsonEncodedText>? Encoded(Utf8JsonWriter writer, string value)
    {
        var known = KnownEncoder(writer);
        if (known < 0) return null;
        var table = Tables[known];
        if (table.TryGetValue(value, out var found)) return found;
        try
        {
            var encoded = new StrongBox<JsonEncodedText>(JsonEncodedText.Encode(value, writer.Options.Encoder));
            table.AddOrUpdate(value, encoded); // two threads may both encode it: either's bytes are the same
            return encoded;
        }
        catch (ArgumentException)
        {
            return null; // not text (a lone surrogate): written as given, the writer says so
        }
    }
}
