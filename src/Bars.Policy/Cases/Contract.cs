namespace Bars.Policy;

/// <summary>A signed BARS contract.</summary>
/// <param name="Months">Length in whole months; must be positive. Required.</param>
/// <param name="StartDate">First day of the contract, which is day 1 of training (C4) and the day enlistment is judged
/// on (I6). Required.</param>
/// <param name="TerminatedEarlyOn">
/// The day the contract was ended early, if it was: on or after the start, not after the end of its term, and not
/// after the case's <c>asOf</c>. From that day the contract is no longer in force and the volunteer no longer a
/// member (I7).
/// </param>
/// <param name="TerminatedBy">Who ended it early (I13): the volunteer (the default when absent) or the unit. Only with
/// <paramref name="TerminatedEarlyOn"/>.</param>
public sealed record Contract(
    int? Months,
    DateOnly? StartDate,
    DateOnly? TerminatedEarlyOn = null,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] TerminatingParty? TerminatedBy = null);
