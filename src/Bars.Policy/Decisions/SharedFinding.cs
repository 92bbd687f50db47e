namespace Bars.Policy;

/// <summary>
/// What a finding shared by every decision that has it (<see cref="Engine.Anatomy.FixedFindings"/>) keeps, made once
/// instead of per case: the list of it alone (a decision's one finding) and its JSON as UTF-8, per encoder and detail.
/// </summary>
internal sealed class SharedFinding(Finding finding)
{
    private readonly byte[]?[] encoded = new byte[]?[Json.DecisionWriter.SharedSlots];

    /// <summary>The list of the finding alone.</summary>
    public EquatableList<Finding> Alone { get; } = EquatableList<Finding>.Own([finding]);

    /// <summary>The finding's JSON for writer slot <paramref name="slot"/>, encoded by <paramref name="encode"/> the first time.</summary>
    public byte[] Encoded(int slot, Func<Finding, int, byte[]> encode) => encoded[slot] ??= encode(finding, slot);
}
