using System.Globalization;

namespace Bars.Policy.Json;

/// <summary>
/// A contract date read from its text: yyyy-MM-dd, nothing else. A text written that way that names no day
/// (30 February, month 13) gets its own message, so the reader is not told to fix a format they already follow.
/// </summary>
internal static class IsoDate
{
    public const string Format = "yyyy-MM-dd";

    /// <summary>The message for a value that is not a date written yyyy-MM-dd (a wrong shape, or not a string).</summary>
    public const string FormatMessage = "must be a date written yyyy-MM-dd.";

    /// <summary>Reads <paramref name="text"/>; on failure <paramref name="error"/> says why, for people.</summary>
    public static bool TryRead(string? text, out DateOnly date, out string error)
    {
        if (DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            error = "";
            return true;
        }

        error = text is not null && IsWrittenAsDate(text) ? $"{text} is written yyyy-MM-dd but does not exist: {WhyNot(text)}." : FormatMessage;
        return false;
    }

    // Four, two and two ASCII digits joined by '-': the shape of the format, whatever the numbers.
    private static bool IsWrittenAsDate(string text) =>
        text.Length == 10 && text[4] == '-' && text[7] == '-' && Digits(text.AsSpan(0, 4)) && Digits(text.AsSpan(5, 2)) && Digits(text.AsSpan(8, 2));

    private static bool Digits(ReadOnlySpan<char> span) => !span.ContainsAnyExceptInRange('0', '9');

    private static string WhyNot(string text)
    {
        var year = int.Parse(text.AsSpan(0, 4), CultureInfo.InvariantCulture);
        var month = int.Parse(text.AsSpan(5, 2), CultureInfo.InvariantCulture);
        if (year == 0) return "there is no year 0000";
        if (month is < 1 or > 12) return $"there is no month {text.Substring(5, 2)}";
        var days = DateTime.DaysInMonth(year, month);
        var monthName = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
        return int.Parse(text.AsSpan(8, 2), CultureInfo.InvariantCulture) == 0
            ? "there is no day 00"
            : $"{monthName} {text[..4]} has {days} days";
    }
}
