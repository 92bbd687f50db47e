using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

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
        if (parts.Length == 2 && (NotADay(parts[0]) ?? NotADay(parts[1])) is { } notADay)
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

    // Written as a date but not one of the calendar (2024-02-30): say so, rather than that the shape is wrong.
    private static string? NotADay(string text)
    {
        if (text.Length != 10 || text[4] != '-' || text[7] != '-' || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(text.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || Date(text, out _)) return null;
        if (year < 1 || month is < 1 or > 12) return $"{text} is not a date: the month must be 01 to 12 and the year 0001 to 9999.";
        var days = DateTime.DaysInMonth(year, month);
        return day < 1 || day > days
            ? $"{text} does not exist: {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)} {year} has {days} days."
            : null;
    }

    private static bool Date(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
