namespace Bars.Policy;

/// <summary>
/// How a reform moves one case's cost (see <see cref="CaseComparison.CostBeforeRub"/>), part by part: a rise or a
/// fall is measured on the parts determined on both sides, and is the case's move whatever else moved; a part that
/// goes from Undetermined to a value is newly determined, not a rise: nothing was measured before. The population's
/// counts (<see cref="CostSummary"/>) count each of these on its own, so one case can be both a fall and newly determined.
/// </summary>
public enum CostChange
{
    /// <summary>The case has no contract: there is no time in force to cost; counted apart, never as 0.</summary>
    NoContract,

    /// <summary>The parts determined on both sides sum the same (parts Undetermined on both sides are listed, not counted).</summary>
    Unchanged,

    /// <summary>The parts determined on both sides sum higher after (the member receives more).</summary>
    Rises,

    /// <summary>The parts determined on both sides sum lower after.</summary>
    Falls,

    /// <summary>Nothing measured moved, and a part was Undetermined and has a value after: a silence or a missing value filled, not a measured rise.</summary>
    NewlyDetermined,

    /// <summary>Nothing measured moved, and a part had a value and is Undetermined after (this wins over <see cref="NewlyDetermined"/> when both happen).</summary>
    NewlyUndetermined,
}
