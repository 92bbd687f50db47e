namespace Bars.Policy.Explanation;

/// <summary>
/// When a case's answer changes (<see cref="ExplanationExtensions.Timeline(PolicyEngine, PolicyCase, DateOnly, DateOnly)"/>): its
/// outcomes on the first day of a window, then each date in the window on which an outcome, an amount or the
/// phase changes, found from the rules' and parameters' own boundaries. Its work is bounded
/// (<see cref="DefaultMaxEvaluations"/>): a timeline that ran out of evaluations says so (<see cref="Exhausted"/>) and
/// is complete up to <see cref="CoveredTo"/>. Compares by content.
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
        CoveredTo = to;
    }

    /// <summary>The evaluations a timeline may make unless told otherwise: a window of years with a few boundaries
    /// takes tens; thousands of dated events (injuries) take one each.</summary>
    public const int DefaultMaxEvaluations = 2_000;

    /// <summary>The case's identifier.</summary>
    public string? CaseId { get; }

    /// <summary>The case's region, as given.</summary>
    public string? Region { get; internal init; }

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

    /// <summary>Whether the evaluation budget ran out before <see cref="To"/>: the entries are then those up to
    /// <see cref="CoveredTo"/>, and what happens after it is not known.</summary>
    public bool Exhausted => CoveredTo < To;

    /// <summary>The last day the timeline is complete for: <see cref="To"/>, or an earlier day when
    /// <see cref="Exhausted"/>.</summary>
    public DateOnly CoveredTo { get; internal init; }

    /// <summary>What is wrong with the case (evaluated on its own date); when not empty, nothing else is given.</summary>
    public IReadOnlyList<ValidationError> Errors { get; }

    /// <summary>The timeline told for a person: plain text, lines ending in <c>\n</c>, the same words the <c>bars-policy</c> tool prints on a terminal.</summary>
    /// <returns>The text.</returns>
    public string ToText() => Text.TimelineExplanation.Render(this, Region);
}
