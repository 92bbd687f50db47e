using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Bars.Policy.Cli;

/// <summary>The window of <c>compare --period</c>: whole calendar months, a year (<c>2025</c>), a month (<c>2025-04</c>) or a range of months (<c>2025-01..2025-06</c>), both ends included.</summary>
/// <param name="From">The first day of the first month.</param>
/// <param name="To">The first day of the last month, not before <paramref name="From"/>.</param>
internal sealed record BudgetPeriod(DateOnly From, DateOnly To)
{
    private const string Written = "a year, a month or a range of months, both included, e.g. --period 2025, --period 2025-04 or --period 2025-01..2025-06";

    /// <summary>The option, its value checked by the parser like any other argument error.</summary>
    /// <returns>The option.</returns>
    public static Option<BudgetPeriod?> Option() => new("--period")
    {
        Description = "Total the cost by month over a budget period: a year (2025), a month (2025-04) or months from..to, both included (2025-01..2025-06); in the summary, the Markdown and the report.",
        CustomParser = Parse,
    };

    /// <summary>Reads a period as the option is written.</summary>
    /// <param name="text">The option's value.</param>
    /// <returns>The period, or null when it is not one.</returns>
    public static BudgetPeriod? Read(string text)
    {
        var parts = text.Split("..");
        if (parts.Length == 1 && Year(parts[0]) is { } year) return new BudgetPeriod(year, year.AddMonths(11));
        if (parts.Length == 1 && Month(parts[0]) is { } month) return new BudgetPeriod(month, month);
        if (parts.Length == 2 && Month(parts[0]) is { } from && Month(parts[1]) is { } to && from <= to) return new BudgetPeriod(from, to);
        return null;
    }

    private static BudgetPeriod? Parse(ArgumentResult result)
    {
        var text = result.Tokens is [var token] ? token.Value : "";
        if (Read(text) is { } period) return period;
        var parts = text.Split("..");
        var backwards = parts.Length == 2 && Month(parts[0]) is { } from && Month(parts[1]) is { } to && to < from;
        result.AddError(backwards ? $"--period '{text}' ends before it starts; write the earlier month first, e.g. --period 2025-01..2025-06." : $"--period '{text}' must be {Written}.");
        return null;
    }

    // Four digits; the years DateOnly holds.
    private static DateOnly? Year(string text) =>
        text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y >= 1 ? new DateOnly(y, 1, 1) : null;

    private static DateOnly? Month(string text) =>
        text.Length == 7 && DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
