using Bars.Policy.Json;

namespace Bars.Policy;

/// <summary>
/// The rules for input text, in one place for the library's line reader, the tool and the web package: UTF-8 only,
/// strictly; one UTF-8 byte-order mark may open the input and is skipped, any later one is an error; UTF-16 (and
/// UTF-32) is refused with how to convert it. For a whole document (one case, a reform) read as bytes; JSON Lines go
/// through <see cref="JsonLinesInput"/>, which applies the same rules to each line.
/// </summary>
public static class Utf8Input
{
    internal const string OnlyFirstMark = "only the input's first bytes may be one.";

    internal static ReadOnlySpan<byte> Utf8Mark => "\uFEFF"u8;

    /// <summary>How many of the input's first bytes to skip: a UTF-8 byte-order mark's 3, else 0.</summary>
    /// <param name="start">The input's first bytes (at least 3 when the input has them).</param>
    /// <returns>3 or 0.</returns>
    public static int OpeningMarkLength(ReadOnlySpan<byte> start) => start.StartsWith(Utf8Mark) ? Utf8Mark.Length : 0;

    /// <summary>
    /// Why the input cannot be read as UTF-8 at all, from its first bytes: "it is UTF-16 (…); it must be UTF-8: convert
    /// it first (…)" when they are a UTF-16 (or UTF-32) byte-order mark, else null.
    /// </summary>
    /// <param name="start">The input's first bytes (at least 2 when the input has them).</param>
    /// <returns>The reason, or null.</returns>
    public static string? Refusal(ReadOnlySpan<byte> start) => OpensAsUtf16(start)
        ? "it is UTF-16 (it starts with a UTF-16 byte-order mark); it must be UTF-8: convert it first (e.g. iconv -f UTF-16 -t UTF-8)."
        : null;

    /// <summary>
    /// The error answering a document that is not text, before it is read as JSON: "starts with a second byte-order
    /// mark" or "is not valid UTF-8 at byte N" (counted from 1 after the opening mark), at path <c>$</c>; null when it
    /// is UTF-8.
    /// </summary>
    /// <param name="text">The document without its opening byte-order mark (see <see cref="OpeningMarkLength"/>).</param>
    /// <returns>The error, or null.</returns>
    public static ValidationError? DocumentError(ReadOnlySpan<byte> text)
    {
        if (text.StartsWith(Utf8Mark)) return new ValidationError(JsonErrors.Root, $"starts with a second byte-order mark; {OnlyFirstMark}");
        return InvalidText.FirstInvalidUtf8(text) is >= 0 and var at ? InvalidText.Utf8At(at) : null;
    }

    // FF FE and FE FF open UTF-16 (and UTF-32): bytes UTF-8 never has.
    internal static bool OpensAsUtf16(ReadOnlySpan<byte> start) =>
        start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || start.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);
}
