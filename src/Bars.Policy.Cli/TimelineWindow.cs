using System.CommandLine;
using System.CommandLine.Parsing;

namespace Bars.Policy.Cli;

/// <summary>The window of <c>evaluate --timeline</c>, written <c>2024-01-01..2026-12-31</c>.</summary>
/// <param name="From">The first day.</param>
/// <param name="To">The last day, not before <paramref name="From"/>.</param>
internal sealed record TimelineWindow(DateOnly From, DateOnly To)
{
    private const string Written = "two dates written yyyy-MM-dd..yyyy-MM-dd, e.g. 2024-01-01..2026-12-31";

    /// <summary>The option, its value checked by the parser like any other argument error.</summary>
    public static Option<TimelineWindow?> Option() => new("--timeline")
    {
        Description = "The dates in the window (yyyy-MM-dd..yyyy-MM-dd) on which an outcome, an amount or the phase changes, and why.",
        CustomParser = Parse,
    };

    private static TimelineWindow? Parse(ArgumentResult result)
    {
        var text = result.Tokens is [var token] ? token.Value : "";
        var parts = text.Split("..");
        if (parts.Length == 2 && (IsoDay.NotADay(parts[0]) ?? IsoDay.NotADay(parts[1])) is { } notADay)
        {
            result.AddError($"--timeline '{text}': {notADay}");
            return null;
        }

        if (parts.Length != 2 || !Date(parts[0], out var from) || !Date(parts[1], out var to))
        {
            result.AddError($"--timeline '{text}' must be {Written}.");
            return null;
        }

        if (to < from)
        {
            result.AddError($"--timeline '{text}' ends before it starts.");
            return null;
        }

        return new TimelineWindow(from, to);
    }

    private static bool Date(string text, out DateOnly date) => IsoDay.TryRead(text, out date);
}
