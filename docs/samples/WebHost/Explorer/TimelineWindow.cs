using System.Globalization;

namespace Bars.Policy.Samples.WebHost.Explorer;

/// <summary>
/// The timeline's window as the form sets it: from its first day (the as-of date when empty) to its last (three
/// years later when empty, or the calendar's last day if sooner). A window is the page's own question, not part of the case, so its errors are the
/// page's (with the paths <c>timeline.from</c> and <c>timeline.to</c>, shown beside those fields).
/// </summary>
/// <param name="From">The first day.</param>
/// <param name="To">The last day, not before <paramref name="From"/>.</param>
internal sealed record TimelineWindow(DateOnly From, DateOnly To)
{
    /// <summary>How long the window is when its last day is left empty.</summary>
    public const int DefaultYears = 3;

    /// <summary>Reads the window from the form's two fields.</summary>
    /// <param name="from">The first day as typed, or empty.</param>
    /// <param name="to">The last day as typed, or empty.</param>
    /// <param name="asOf">The case's date, the first day when <paramref name="from"/> is empty; null when the case has none.</param>
    /// <param name="errors">What is wrong with the fields.</param>
    /// <returns>The window, or null when it cannot be made (then <paramref name="errors"/> says why, unless the case lacks its date).</returns>
    public static TimelineWindow? Read(string from, string to, DateOnly? asOf, out IReadOnlyList<ValidationError> errors)
    {
        var found = new List<ValidationError>();
        var first = from.Length == 0 ? asOf : Date(from, "timeline.from", found);
        var last = to.Length == 0 ? first is { } d ? ThreeYearsOn(d) : null : Date(to, "timeline.to", found);
        if (found.Count == 0 && first is { } f && last is { } l && l < f)
        {
            found.Add(new ValidationError("timeline.to", $"{Write(l)} is before the window's first day ({Write(f)})."));
        }

        errors = found;
        return found.Count == 0 && first is { } start && last is { } end ? new TimelineWindow(start, end) : null;
    }

    // The calendar ends at 9999-12-31: a window opening in its last three years ends there.
    private static DateOnly ThreeYearsOn(DateOnly first) =>
        first.Year > DateOnly.MaxValue.Year - DefaultYears ? DateOnly.MaxValue : first.AddYears(DefaultYears);

    private static DateOnly? Date(string text, string path, List<ValidationError> errors)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        errors.Add(new ValidationError(path, "must be a date written yyyy-MM-dd that exists."));
        return null;
    }

    private static string Write(DateOnly date) => PlainWords.Date(date);
}
