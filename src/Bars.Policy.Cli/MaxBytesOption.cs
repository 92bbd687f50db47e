using System.CommandLine;
using System.Globalization;

namespace Bars.Policy.Cli;

/// <summary>
/// <c>--max-line-bytes</c> (JSON Lines, read by the library's <see cref="JsonLinesInput"/>) and
/// <c>--max-document-bytes</c> (one case, read by its <see cref="Utf8Document"/>): how much the tool reads
/// (docs/cli.md, "Input").
/// </summary>
internal static class MaxBytesOption
{
    /// <summary>The default maximum of a line or document: 1 MiB, as the web host's.</summary>
    public const int Default = JsonLinesLimits.DefaultMaxLineBytes;

    /// <summary>The option, 1 MiB by default, from 1 to the library's highest maximum
    /// (<see cref="JsonLinesLimits.MaxLineBytesLimit"/>, 1 GiB), which both its readers accept.</summary>
    /// <param name="name">The option's name.</param>
    /// <param name="what">What it bounds, for its description: "line" or "case".</param>
    public static Option<int> Create(string name, string what) => new Option<int>(name)
    {
        Description = $"The longest {what} read, in bytes (default {Default.ToString("N0", CultureInfo.InvariantCulture)}); a longer one is answered with an error.",
        DefaultValueFactory = _ => Default,
    }.Checked(n => n is < 1 or > JsonLinesLimits.MaxLineBytesLimit ? $"{name} must be from 1 to {JsonLinesLimits.MaxLineBytesLimit.ToString("N0", CultureInfo.InvariantCulture)}; got {n}." : null);
}
