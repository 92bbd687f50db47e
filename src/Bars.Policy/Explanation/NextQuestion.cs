namespace Bars.Policy.Explanation;

/// <summary>
/// An unknown fact to ask about next, with how many open outcomes its answer would settle and which outcomes turn on
/// it. A fact no outcome turns on is never asked. Compares by content.
/// </summary>
public sealed record NextQuestion
{
    /// <summary>A question; only the engine makes them.</summary>
    /// <param name="fact">The fact's JSON name.</param>
    /// <param name="settlesIfTrue">Open outcomes that become certain if the answer is yes.</param>
    /// <param name="settlesIfFalse">Open outcomes that become certain if the answer is no.</param>
    /// <param name="outcomes">The outcomes whose value its answer alone can change.</param>
    internal NextQuestion(string fact, int settlesIfTrue, int settlesIfFalse, IReadOnlyList<string> outcomes)
    {
        Outcomes = EquatableList<string>.Of(outcomes);
        Fact = fact;
        SettlesIfTrue = settlesIfTrue;
        SettlesIfFalse = settlesIfFalse;
    }

    /// <summary>The fact, by its JSON name (e.g. <c>healthRestriction</c>).</summary>
    public string Fact { get; }

    /// <summary>Open outcomes the answer settles whichever it is: the smaller of the two counts. Questions are ranked by
    /// it, then by the two counts' sum, then by how many <see cref="Outcomes"/> turn on it.</summary>
    public int Settles => Math.Min(SettlesIfTrue, SettlesIfFalse);

    /// <summary>Open outcomes that become certain if the answer is yes (the other unknowns still unknown).</summary>
    public int SettlesIfTrue { get; }

    /// <summary>Open outcomes that become certain if the answer is no (the other unknowns still unknown).</summary>
    public int SettlesIfFalse { get; }

    /// <summary>The outcomes whose value its answer alone (the other unknowns fixed) can change, in decision order
    /// (see <see cref="OutcomeState.Outcome"/>); never empty: a fact nothing turns on is not asked.</summary>
    public IReadOnlyList<string> Outcomes { get; }
}
