namespace Bars.Policy;

/// <summary>
/// The days of a contract, first and last inclusive, in the manner of NodaTime's <c>DateInterval</c>: never empty,
/// <see cref="Contains"/> a date, and the day number of a date (day 1 is <see cref="Start"/>). Validation, the facts
/// the rules match on, and the rules themselves all read a contract's time through this one type.
/// </summary>
public sealed record ContractTerm
{
    /// <summary>Creates the term from <paramref name="start"/> to <paramref name="end"/>, both inclusive.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day; not before <paramref name="start"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public ContractTerm(DateOnly start, DateOnly end)
    {
        if (end < start) throw new ArgumentException($"The last day {end:yyyy-MM-dd} is before the first {start:yyyy-MM-dd}.", nameof(end));
        Start = start;
        End = end;
    }

    /// <summary>The first day (day 1).</summary>
    public DateOnly Start { get; }

    /// <summary>The last day, inclusive.</summary>
    public DateOnly End { get; }

    /// <summary>How many days the term has (at least 1).</summary>
    public int Length => End.DayNumber - Start.DayNumber + 1;

    /// <summary>The term of <paramref name="months"/> whole months from <paramref name="start"/>: it ends the day before
    /// <c>start + months</c>.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="months">The length in months.</param>
    /// <returns>The term, or null when <paramref name="months"/> is not positive or the term would end after the last
    /// representable date.</returns>
    public static ContractTerm? OfMonths(DateOnly start, int months)
    {
        if (months <= 0) return null;

        // Months counted from year 1's January: the day after the term must fall in a representable month.
        var afterMonth = (start.Year - 1) * 12L + (start.Month - 1) + months;
        if (afterMonth > (DateOnly.MaxValue.Year - 1) * 12L + 11) return null;
        return new ContractTerm(start, start.AddMonths(months).AddDays(-1));
    }

    /// <summary>Whether <paramref name="date"/> falls within the term.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True from <see cref="Start"/> to <see cref="End"/> inclusive.</returns>
    public bool Contains(DateOnly date) => Start <= date && date <= End;

    /// <summary>The day number of <paramref name="date"/> in the term.</summary>
    /// <param name="date">The date.</param>
    /// <returns>1 on <see cref="Start"/>, <see cref="Length"/> on <see cref="End"/>; null outside the term.</returns>
    public int? DayNumberOf(DateOnly date) => Contains(date) ? date.DayNumber - Start.DayNumber + 1 : null;

    /// <summary>The part of the term before <paramref name="day"/>: what remains in force when it ends on that day.</summary>
    /// <param name="day">The first day no longer in the term.</param>
    /// <returns>The shortened term; the whole term when <paramref name="day"/> is after <see cref="End"/>; null when
    /// <paramref name="day"/> is on or before <see cref="Start"/> (no day remains).</returns>
    public ContractTerm? Before(DateOnly day) =>
        day <= Start ? null : day > End ? this : new ContractTerm(Start, day.AddDays(-1));

    /// <inheritdoc />
    public override string ToString() => $"{Start:yyyy-MM-dd}..{End:yyyy-MM-dd}";
}
