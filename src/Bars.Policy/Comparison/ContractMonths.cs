namespace Bars.Policy.Comparison;

/// <summary>
/// Days of membership counted in contract months (docs/reading.md, "Cost of a case"): contract month k runs from
/// start + k months to the day before start + k + 1 months (as <see cref="DateOnly.AddMonths"/> counts), and each of
/// its days is worth one over the days it has. Whole contract months count 1; a part month, at the end of the term
/// or on either side of a rate change, counts its days over the days of that contract month.
/// </summary>
internal static class ContractMonths
{
    /// <summary>The months the days <paramref name="first"/>..<paramref name="last"/> amount to, exactly.</summary>
    /// <param name="start">The contract's start: day 1 of contract month 0.</param>
    /// <param name="first">The first day counted, not before <paramref name="start"/>.</param>
    /// <param name="last">The last day counted, not before <paramref name="first"/>, within the contract's term.</param>
    /// <returns>Whole months + <c>Numerator / Denominator</c> (the part months at either end, below 2).</returns>
    public static (long Whole, long Numerator, long Denominator) Count(DateOnly start, DateOnly first, DateOnly last)
    {
        var (a, b) = (Index(start, first), Index(start, last));
        if (a == b)
        {
            var (days, of) = (last.DayNumber - first.DayNumber + 1, Length(start, a));
            return days == of ? (1, 0, 1) : (0, days, of);
        }

        // The first contract month from `first` to its end, the last from its start to `last`, whole months between.
        long whole = b - a - 1;
        var (d1, n1) = (start.AddMonths(a + 1).DayNumber - first.DayNumber, Length(start, a));
        var (d2, n2) = (last.DayNumber - start.AddMonths(b).DayNumber + 1, Length(start, b));
        if (d1 == n1) (whole, d1) = (whole + 1, 0);
        if (d2 == n2) (whole, d2) = (whole + 1, 0);
        return (whole, ((long)d1 * n2) + ((long)d2 * n1), (long)n1 * n2);
    }

    /// <summary>
    /// The pay for the days <paramref name="first"/>..<paramref name="last"/> at <paramref name="monthly"/> a month:
    /// the monthly rate × the months they amount to (<see cref="Count"/>), to the kopeck, half away from zero. One
    /// division, so an exact half kopeck is seen as one.
    /// </summary>
    /// <param name="monthly">The monthly rate.</param>
    /// <param name="start">The contract's start.</param>
    /// <param name="first">The first day paid.</param>
    /// <param name="last">The last day paid.</param>
    /// <returns>The pay in roubles.</returns>
    /// <exception cref="OverflowException">The pay exceeds <see cref="decimal"/> (only a host rule's amount can).</exception>
    public static decimal Pay(decimal monthly, DateOnly start, DateOnly first, DateOnly last)
    {
        var (whole, numerator, denominator) = Count(start, first, last);
        return Kopecks((monthly * whole) + (numerator == 0 ? 0 : monthly * numerator / denominator));
    }

    /// <summary>
    /// <see cref="Pay"/> for the days <paramref name="first"/>..<paramref name="last"/>, by calendar month: each
    /// month's share is what the pay to its last day adds to the pay to the month before, so the months sum to the
    /// pay exactly. Runs of months with the same share are one run.
    /// </summary>
    /// <param name="monthly">The monthly rate.</param>
    /// <param name="start">The contract's start.</param>
    /// <param name="first">The first day paid.</param>
    /// <param name="last">The last day paid.</param>
    /// <param name="runs">Receives the runs of calendar months.</param>
    /// <returns>The pay in roubles (the sum of the runs).</returns>
    /// <exception cref="OverflowException">The pay exceeds <see cref="decimal"/> (only a host rule's amount can).</exception>
    public static decimal PayByMonth(decimal monthly, DateOnly start, DateOnly first, DateOnly last, List<MonthRun> runs)
    {
        var total = Pay(monthly, start, first, last);

        // Contract months that are calendar months (a start on the 1st) pay a whole kopeck rate in full: a run.
        var calendar = start.Day == 1 && monthly == Kopecks(monthly);
        var (month, lastMonth) = (MonthRun.IndexOf(first), MonthRun.IndexOf(last));
        decimal paid = 0;
        while (month <= lastMonth)
        {
            if (calendar && month > MonthRun.IndexOf(first) && month < lastMonth)
            {
                var count = lastMonth - month;
                Add(runs, new MonthRun(month, count, monthly));
                paid += monthly * count;
                month += count;
                continue;
            }

            var upTo = month == lastMonth ? last : MonthRun.FirstDay(month + 1).AddDays(-1);
            var due = month == lastMonth ? total : Pay(monthly, start, first, upTo);
            Add(runs, new MonthRun(month, 1, due - paid));
            paid = due;
            month++;
        }

        return total;
    }

    private static void Add(List<MonthRun> runs, MonthRun run)
    {
        if (runs.Count > 0 && runs[^1] is var previous && previous.Rub == run.Rub && previous.Month + previous.Count == run.Month)
        {
            runs[^1] = previous with { Count = previous.Count + run.Count };
        }
        else
        {
            runs.Add(run);
        }
    }

    /// <summary>A part month's pay is rounded to the kopeck, half away from zero; whole months are exact.</summary>
    /// <param name="rub">An amount.</param>
    /// <returns>The amount to the kopeck.</returns>
    public static decimal Kopecks(decimal rub) => Math.Round(rub, 2, MidpointRounding.AwayFromZero);

    // The contract month a day falls in: 0 from the start, counted as AddMonths counts (30 Jan + 1 month = 29 Feb).
    private static int Index(DateOnly start, DateOnly day)
    {
        var k = ((day.Year - start.Year) * 12) + day.Month - start.Month;
        while (k > 0 && start.AddMonths(k) > day) k--;
        while (start.AddMonths(k + 1) <= day) k++;
        return k;
    }

    // The days of contract month k (the day after its end is within the term's representable range: ContractTerm.OfMonths).
    private static int Length(DateOnly start, int k) => start.AddMonths(k + 1).DayNumber - start.AddMonths(k).DayNumber;
}
