using System.CommandLine;
using System.Globalization;

namespace Bars.Policy.Cli;

/// <summary>
/// How the tool reads a whole document (<c>evaluate</c>, <c>screen</c>, a reform; docs/cli.md, "Input"): at most a
/// maximum of bytes, and text by the library's rules (<see cref="Utf8Input"/>: UTF-8 only, one opening byte-order
/// mark, UTF-16 refused). JSON Lines are read by the library's <see cref="JsonLinesInput"/>, by the same rules.
/// </summary>
internal static class InputRules
{
    /// <summary>The default maximum of a line or document: 1 MiB, as the web host's.</summary>
    public const int DefaultMaxBytes = JsonLinesLimits.DefaultMaxLineBytes;

    /// <summary>The highest maximum accepted: 1 GiB, well inside what one buffer can hold.</summary>
    public const int MaxLimit = JsonLinesLimits.MaxLineBytesLimit;

    /// <summary>A <c>--max-line-bytes</c> or <c>--max-document-bytes</c> option, from 1 to 1 GiB, 1 MiB by default.</summary>
    public static Option<int> MaxBytesOption(string name, string what)
    {
        return new Option<int>(name)
        {
            Description = $"The longest {what} read, in bytes (default {DefaultMaxBytes.ToString("N0", CultureInfo.InvariantCulture)}); a longer one is answered with an error.",
            DefaultValueFactory = _ => DefaultMaxBytes,
        }.Checked(n => n is < 1 or > MaxLimit ? $"{name} must be from 1 to {MaxLimit.ToString("N0", CultureInfo.InvariantCulture)}; got {n}." : null);
    }

    /// <summary>The error answering a whole document before it is read as JSON (longer than the maximum, or not
    /// text by the library's <see cref="Utf8Input"/> rules), or null.</summary>
    public static ValidationError? DocumentError(ReadOnlySpan<byte> document, bool tooLong, int maxBytes) => tooLong
        ? new ValidationError("$", $"is longer than {maxBytes.ToString("N0", CultureInfo.InvariantCulture)} bytes.")
        : Utf8Input.DocumentError(document);
}
