namespace Bars.Policy.Verification;

/// <summary>What a verification checked in one region.</summary>
/// <param name="Region">The region.</param>
/// <param name="Classes">Each input field with its classes, <c>age: 17, 18, 19, 65, 66</c>.</param>
/// <param name="Combinations">The product of the fields' class counts.</param>
/// <param name="Cases">The combinations that are cases and were evaluated (the rest are no case: a contract field
/// without a contract, an injury before the contract starts, …).</param>
/// <param name="Clashes">Cases where two rules decided one outcome.</param>
/// <param name="Gaps">Cases where no rule decided an outcome.</param>
/// <param name="Failed">Cases that failed any check (clashes and gaps included).</param>
/// <param name="RulesNotFired">The region's rules that fired for no case here (a rule may be written for other
/// regions' parameters); a rule that fires in no region at all is dead (<see cref="PolicyVerification.DeadRules"/>).</param>
/// <param name="Unread">Comparisons in the region's conditions the classes do not split on, each with its rule: a
/// host rule comparing a date, say. Cases are not told apart by them, so the check says nothing of their edges.</param>
/// <param name="Elapsed">How long the region took.</param>
public sealed record RegionVerification(
    string Region,
    IReadOnlyList<string> Classes,
    long Combinations,
    long Cases,
    long Clashes,
    long Gaps,
    long Failed,
    IReadOnlyList<string> RulesNotFired,
    IReadOnlyList<string> Unread,
    TimeSpan Elapsed)
{
    /// <summary>Each input field with its classes, <c>age: 17, 18, 19, 65, 66</c>.</summary>
    public IReadOnlyList<string> Classes { get; init; } = EquatableList<string>.Of(Classes);

    /// <summary>The region's rules that fired for no case here.</summary>
    public IReadOnlyList<string> RulesNotFired { get; init; } = EquatableList<string>.Of(RulesNotFired);

    /// <summary>Comparisons in the region's conditions the classes do not split on.</summary>
    public IReadOnlyList<string> Unread { get; init; } = EquatableList<string>.Of(Unread);
}
