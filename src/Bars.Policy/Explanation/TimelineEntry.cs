namespace Bars.Policy.Explanation;

/// <summary>A date on which a case's decision changes, and what changes. Compares by content.</summary>
public sealed record TimelineEntry
{
    /// <summary>An entry; only the engine makes them.</summary>
    /// <param name="date">The first day of the new values.</param>
    /// <param name="changes">The outcomes that change.</param>
    internal TimelineEntry(DateOnly date, IReadOnlyList<TimelineChange> changes)
    {
        Date = date;
        Changes = EquatableList<TimelineChange>.Of(changes);
    }

    /// <summary>The first day of the new values.</summary>
    public DateOnly Date { get; }

    /// <summary>The outcomes whose status, amount, period, reason or phase change on <see cref="Date"/>, in decision order.</summary>
    public IReadOnlyList<TimelineChange> Changes { get; }
}
