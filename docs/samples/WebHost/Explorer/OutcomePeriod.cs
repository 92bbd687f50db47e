namespace Bars.Policy.Samples.WebHost.Explorer;

/// <summary>
/// The days an answer covers (I8), as the page words them: from one day to another; from a day "for good" (a status
/// or a compensation that does not end); from a day (a repayment owed, a phase that has begun and not ended); or until
/// a day (a contract not started yet).
/// </summary>
/// <param name="From">The first day, when there is one.</param>
/// <param name="To">The last day, when there is one.</param>
/// <param name="ForGood">Whether an open end means the answer holds for good (an entitlement), rather than only that no end is known yet.</param>
internal sealed record OutcomePeriod(DateOnly? From, DateOnly? To, bool ForGood)
{
    /// <summary>The period, or null when the answer covers no days (no contract, a one-time payment for signing).</summary>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day.</param>
    /// <param name="forGood">Whether an open end is "for good".</param>
    public static OutcomePeriod? Of(DateOnly? from, DateOnly? to, bool forGood) =>
        from is null && to is null ? null : new OutcomePeriod(from, to, forGood);

    /// <summary>The period in words: <c>from 2024-09-01 to 2025-08-31</c>, <c>from 2024-09-01, for good</c>, <c>from 2025-01-01</c>, <c>until 2024-08-31</c>.</summary>
    public string Words => (From, To) switch
    {
        ({ } f, { } t) => $"from {PlainWords.Date(f)} to {PlainWords.Date(t)}",
        ({ } f, null) => ForGood ? $"from {PlainWords.Date(f)}, for good" : $"from {PlainWords.Date(f)}",
        (null, { } t) => $"until {PlainWords.Date(t)}",
        _ => "",
    };
}
