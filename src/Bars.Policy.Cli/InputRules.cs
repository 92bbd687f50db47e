using System.CommandLine;
using System.Globalization;

namespace Bars.Policy.Cli;

/// <summary>
/// How much the tool reads (docs/cli.md, "Input"): a whole document (<c>evaluate</c>, <c>screen</c>, a reform) by the
/// library's <see cref="Utf8Document"/>, JSON Lines by its <see cref="JsonLinesInput"/>, each to a maximum of bytes.
/// </summary>
internal static class InputRules
{
    /// <summary>The default maximum of a line or document: 1 MiB, as the web host's.</summary>
    public const int DefaultMaxBytes = JsonLinesLimits.DefaultMaxLineBytes;

    /// <summary>A <c>--max-line-bytes</c> or <c>--max-document-bytes</c> option, 1 MiB by default, from 1 to the
    /// library's highest maximum (<see cref="JsonLinesLimits.MaxLineBytesLimit"/>, 1 GiB), which both its readers accept.</summary>
    public static Option<int> MaxBytesOption(string name, string what) => new Option<int>(name)
    {
        Description = $"The longest {what} read, in bytes (default {DefaultMaxBytes.ToString("N0", CultureInfo.InvariantCulture)}); a longer one is answered with an error.",
        DefaultValueFactory = _ => DefaultMaxBytes,
    }.Checked(n => n is < 1 or > JsonLinesLimits.MaxLineBytesLimit ? $"{name} must be from 1 to {JsonLinesLimits.MaxLineBytesLimit.ToString("N0", CultureInfo.InvariantCulture)}; got {n}." : null);
}
