namespace Bars.Policy.Comparison;

/// <summary>
/// Consecutive calendar months that each get the same amount of a case's cost (<see cref="ContractMonths.PayByMonth"/>):
/// a run, so a long contract paid in whole months costs one entry, not one per month.
/// </summary>
/// <param name="Month">The first month, as <see cref="IndexOf"/> numbers it.</param>
/// <param name="Count">How many months, at least 1.</param>
/// <param name="Rub">The amount in each month; null where it is Undetermined.</param>
internal readonly record struct MonthRun(int Month, int Count, decimal? Rub)
{
    /// <summary>The calendar month of <paramref name="day"/>, numbered from January of year 0.</summary>
    /// <param name="day">A day.</param>
    /// <returns>year × 12 + month − 1.</returns>
    public static int IndexOf(DateOnly day) => (day.Year * 12) + day.Month - 1;

    /// <summary>The first day of a month numbered by <see cref="IndexOf"/>.</summary>
    /// <param name="month">The month's number.</param>
    /// <returns>Its first day.</returns>
    public static DateOnly FirstDay(int month) => new(month / 12, (month % 12) + 1, 1);
}
