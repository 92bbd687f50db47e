namespace Bars.Policy.Explanation;

/// <summary>
/// One outcome of a screening: certain whatever the unknown facts are, or the values it can take and the unknowns
/// it depends on. Compares by content.
/// </summary>
public sealed record ScreenedOutcome
{
    /// <summary>A screened outcome; only the engine makes them.</summary>
    /// <param name="outcome">Which outcome.</param>
    /// <param name="possible">The distinct values it takes over every combination of the unknowns.</param>
    /// <param name="dependsOn">The unknowns whose answer alone can change it.</param>
    internal ScreenedOutcome(string outcome, IReadOnlyList<OutcomeState> possible, IReadOnlyList<string> dependsOn)
    {
        Outcome = outcome;
        Possible = EquatableList<OutcomeState>.Of(possible);
        DependsOn = EquatableList<string>.Of(dependsOn);
    }

    /// <summary>Which outcome (see <see cref="OutcomeState.Outcome"/>).</summary>
    public string Outcome { get; }

    /// <summary>Whether it is the same whatever the unknowns are (then <see cref="Possible"/> has one value).</summary>
    public bool Certain => Possible.Count == 1;

    /// <summary>The distinct values it takes over every combination of the unknowns, each with the findings every
    /// combination giving it shares.</summary>
    public IReadOnlyList<OutcomeState> Possible { get; }

    /// <summary>The unknowns whose answer alone can change it (the others fixed), in the case's order; empty when certain.</summary>
    public IReadOnlyList<string> DependsOn { get; }
}
