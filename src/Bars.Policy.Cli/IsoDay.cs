using System.CommandLine.Parsing;
using System.Globalization;

namespace Bars.Policy.Cli;

/// <summary>A day given on the command line, written yyyy-MM-dd: one reading, and one set of words when it is wrong.</summary>
internal static class IsoDay
{
    /// <summary>The day written <paramref name="text"/>, or false.</summary>
    public static bool TryRead(string text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    /// <summary>
    /// Why <paramref name="text"/>, written as a date, is not a day of the calendar (<c>2024-02-30</c>), or null when
    /// it is one or is not written as a date at all (the caller then says how to write it).
    /// </summary>
    public static string? NotADay(string text)
    {
        if (text.Length != 10 || text[4] != '-' || text[7] != '-' || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(text.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || TryRead(text, out _)) return null;
        if (year < 1 || month is < 1 or > 12) return $"{text} is not a date: the month must be 01 to 12 and the year 0001 to 9999.";
        var days = DateTime.DaysInMonth(year, month);
        return day < 1 || day > days
            ? $"{text} does not exist: {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)} {year} has {days} days."
            : null;
    }

    /// <summary>An option's one day, its error added to <paramref name="result"/> naming <paramref name="option"/>.</summary>
    public static DateOnly? Parse(ArgumentResult result, string option)
    {
        var text = result.Tokens is [var token] ? token.Value : "";
        if (TryRead(text, out var day)) return day;
        result.AddError(NotADay(text) is { } why ? $"{option} '{text}': {why}" : $"{option} '{text}' must be a date written yyyy-MM-dd, e.g. 2025-01-01.");
        return null;
    }
}
