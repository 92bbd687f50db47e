namespace Bars.Policy.Explanation;

/// <summary>One outcome that changes on a date of a timeline: its value the day before and from that day. Compares by content.</summary>
public sealed record TimelineChange
{
    /// <summary>A change; only the engine makes them.</summary>
    /// <param name="outcome">Which outcome.</param>
    /// <param name="before">Its value the day before.</param>
    /// <param name="after">Its value from the date, with the findings that decide it.</param>
    internal TimelineChange(string outcome, OutcomeState? before, OutcomeState? after)
    {
        Outcome = outcome;
        Before = before;
        After = after;
    }

    /// <summary>Which outcome (see <see cref="OutcomeState.Outcome"/>).</summary>
    public string Outcome { get; }

    /// <summary>Its value the day before; null when the case was not valid then (see the <c>case</c> outcome).</summary>
    public OutcomeState? Before { get; }

    /// <summary>Its value from the date, with the findings (why); null when the case is not valid then.</summary>
    public OutcomeState? After { get; }
}
