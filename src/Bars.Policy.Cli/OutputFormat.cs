using System.CommandLine;
using System.CommandLine.Parsing;

namespace Bars.Policy.Cli;

/// <summary>
/// <c>--format</c> of a command that answers a person: text on a terminal, JSON when standard output is redirected
/// (a pipe or a file) or when asked — the convention of gh, kubectl and dotnet. Values are case-insensitive.
/// </summary>
internal static class OutputFormat
{
    public const string Text = "text";
    public const string Json = "json";

    /// <summary>The option, accepting <paramref name="values"/> in any case; absent, it is <see cref="Of"/>'s to choose.</summary>
    public static Option<string?> Option(params string[] values) => Named("--format", values);

    /// <summary>The same option under another name, for a command whose <c>--format</c> means something else.</summary>
    public static Option<string?> Named(string name, params string[] values) => new(name)
    {
        Description = $"{string.Join(", ", values)}; default: text on a terminal, json when standard output is redirected.",
        HelpName = string.Join('|', values),
        CustomParser = result => Parse(result, name, values),
    };

    /// <summary>The format asked for, else <paramref name="fallback"/>, else text on a terminal and JSON otherwise.</summary>
    public static string Of(ParseResult parse, Option<string?> option, CliStreams io, string? fallback = null) =>
        parse.GetValue(option) ?? fallback ?? (io.Terminal ? Text : Json);

    /// <summary>True when the format was given on the command line.</summary>
    public static bool Given(ParseResult parse, Option<string?> option) => parse.GetValue(option) is not null;

    private static string? Parse(ArgumentResult result, string name, string[] values)
    {
        var given = result.Tokens is [var token] ? token.Value : "";
        var value = values.FirstOrDefault(v => string.Equals(v, given, StringComparison.OrdinalIgnoreCase));
        if (value is null) result.AddError($"{name} '{given}' is not one of {string.Join(", ", values)}.");
        return value;
    }
}
