namespace Bars.Policy.Explanation;

/// <summary>
/// When a case's answer changes (<see cref="PolicyEngine.Timeline(PolicyCase, DateOnly, DateOnly)"/>): its
/// outcomes on the first day of a window, then each date in the window on which an outcome, an amount or the
/// phase changes, found from the rules' and parameters' own boundaries. Compares by content.
/// </summary>
public sealed record CaseTimeline
{
    /// <summary>A timeline; only the engine makes them.</summary>
    /// <param name="caseId">The case's identifier.</param>
    /// <param name="from">The window's first day.</param>
    /// <param name="to">The window's last day.</param>
    /// <param name="start">The outcomes on <paramref name="from"/>.</param>
    /// <param name="entries">The dates of change.</param>
    /// <param name="evaluations">How many evaluations it took.</param>
    /// <param name="errors">What is wrong with the case, when it is invalid.</param>
    internal CaseTimeline(string? caseId, DateOnly from, DateOnly to, IReadOnlyList<OutcomeState> start, IReadOnlyList<TimelineEntry> entries, int evaluations, IReadOnlyList<ValidationError> errors)
    {
        CaseId = caseId;
        From = from;
        To = to;
        Start = EquatableList<OutcomeState>.Of(start);
        Entries = EquatableList<TimelineEntry>.Of(entries);
        Evaluations = evaluations;
        Errors = EquatableList<ValidationError>.Of(errors);
    }

    /// <summary>The case's identifier.</summary>
    public string? CaseId { get; }

    /// <summary>The window's first day.</summary>
    public DateOnly From { get; }

    /// <summary>The window's last day.</summary>
    public DateOnly To { get; }

    /// <summary>Every outcome on <see cref="From"/> (the case evaluated on that date), in decision order.</summary>
    public IReadOnlyList<OutcomeState> Start { get; }

    /// <summary>The dates after <see cref="From"/>, up to <see cref="To"/>, on which something changes, in order.</summary>
    public IReadOnlyList<TimelineEntry> Entries { get; }

    /// <summary>How many evaluations it took: one for <see cref="From"/> and one per candidate date, not one per day.</summary>
    public int Evaluations { get; }

    /// <summary>What is wrong with the case (evaluated on its own date); when not empty, nothing else is given.</summary>
    public IReadOnlyList<ValidationError> Errors { get; }
}
