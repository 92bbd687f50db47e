namespace Bars.Policy;

/// <summary>
/// What a finding shared by every decision that has it (<see cref="Engine.Anatomy.FixedFindings"/>) keeps, made once
/// instead of per case: the list of it alone (a decision's one finding), its JSON as UTF-8 per encoder and detail,
/// and the entitlement decisions that say nothing but it.
/// </summary>
internal sealed class SharedFinding(Finding finding)
{
    private static readonly int Statuses = Enum.GetValues<EntitlementStatus>().Length;
    private static readonly int Reasons = Enum.GetValues<UndeterminedReason>().Length + 1; // and none
    private static readonly int PlainSlots = Enum.GetValues<EntitlementKind>().Length * Statuses * Reasons;

    private readonly byte[]?[] encoded = new byte[]?[Json.DecisionWriter.SharedSlots];
    private EntitlementDecision?[]? plain;

    /// <summary>The list of the finding alone.</summary>
    public EquatableList<Finding> Alone { get; } = EquatableList<Finding>.Own([finding]);

    /// <summary>The finding's JSON for writer slot <paramref name="slot"/>, encoded by <paramref name="encode"/> the first time.</summary>
    public byte[] Encoded(int slot, Func<Finding, int, byte[]> encode) => encoded[slot] ??= encode(finding, slot);

    /// <summary>
    /// The decision of <paramref name="kind"/> with this finding alone and no amount, days or values read (an
    /// applicant who is not a member: five of his six entitlements), one object for every case; a new one when its
    /// rule reads a parameter (the values read are the case's own, listed on the decision when it is recorded).
    /// Threads that make one at once make equal ones.
    /// </summary>
    /// <param name="kind">The entitlement.</param>
    /// <param name="status">Its status.</param>
    /// <param name="reason">Why it is Undetermined, when it is.</param>
    public EntitlementDecision Plain(EntitlementKind kind, EntitlementStatus status, UndeterminedReason? reason)
    {
        var at = ((((int)kind * Statuses) + (int)status) * Reasons) + (reason is { } r ? (int)r + 1 : 0);
        if (finding.Rule is not { ParameterMask: 0 } || (uint)at >= (uint)PlainSlots) return new(kind, status, null, null, reason, Alone);
        var slots = Volatile.Read(ref plain) ?? Interlocked.CompareExchange(ref plain, new EntitlementDecision?[PlainSlots], null) ?? plain!;
        return slots[at] ??= new(kind, status, null, null, reason, Alone);
    }
}
