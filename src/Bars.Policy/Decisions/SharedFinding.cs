namespace Bars.Policy;

/// <summary>
/// What a finding shared by every decision that has it (<see cref="Engine.Anatomy.FixedFindings"/>) keeps, made once
/// instead of per case: the list of it alone (a decision's one finding), its JSON as UTF-8 per encoder and detail,
/// and the entitlement, obligation and deployment decisions that say nothing but it.
/// </summary>
internal sealed class SharedFinding(Finding finding)
{
    private static readonly int Statuses = Enum.GetValues<EntitlementStatus>().Length;
    private static readonly int Reasons = Enum.GetValues<UndeterminedReason>().Length + 1; // and none
    private static readonly int PlainSlots = Enum.GetValues<EntitlementKind>().Length * Statuses * Reasons;

    private static readonly int DeploymentStatuses = Enum.GetValues<DeploymentStatus>().Length;
    private static readonly int DeploymentSlots = DeploymentStatuses * Reasons;
    private static readonly int ObligationKinds = Enum.GetValues<ObligationKind>().Length;

    private readonly byte[]?[] encoded = new byte[]?[Json.DecisionWriter.SharedSlots];
    private PlainDecision?[]? plain;
    private ObligationDecision?[]? notOwed;
    private DeploymentDecision?[]? deployments;

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
        var at = PlainSlot(kind, status, reason);
        if (finding.Rule is not { ParameterMask: 0 } || (uint)at >= (uint)PlainSlots) return new(kind, status, null, null, reason, Alone);
        var slots = LazyInitializer.EnsureInitialized(ref plain, static () => new PlainDecision?[PlainSlots]);
        return (slots[at] ??= new PlainDecision(new(kind, status, null, null, reason, Alone))).Decision;
    }

    /// <summary>
    /// The obligation of <paramref name="kind"/> not owed, with this finding alone (an applicant with no early
    /// termination: nearly every case), one object for every case; a new one when its rule reads a parameter (as
    /// <see cref="Plain"/>).
    /// </summary>
    /// <param name="kind">The obligation.</param>
    public ObligationDecision NotOwed(ObligationKind kind)
    {
        if (finding.Rule is not { ParameterMask: 0 } || (uint)kind >= (uint)ObligationKinds) return new(kind, ObligationStatus.NotOwed, null, null, Alone);
        var slots = LazyInitializer.EnsureInitialized(ref notOwed, static () => new ObligationDecision?[ObligationKinds]);
        return slots[(int)kind] ??= new(kind, ObligationStatus.NotOwed, null, null, Alone);
    }

    /// <summary>
    /// The war zone deployment decided by this finding alone, one object for every case: it lists no values read, so
    /// it is the same whatever the case.
    /// </summary>
    /// <param name="status">Its status.</param>
    /// <param name="reason">Why it is Undetermined, when it is.</param>
    public DeploymentDecision Deployment(DeploymentStatus status, UndeterminedReason? reason)
    {
        var reasonAt = ReasonSlot(reason);
        var at = (uint)status < (uint)DeploymentStatuses && reasonAt >= 0 ? ((int)status * Reasons) + reasonAt : -1;
        if ((uint)at >= (uint)DeploymentSlots) return new(status, reason, Alone);
        var slots = LazyInitializer.EnsureInitialized(ref deployments, static () => new DeploymentDecision?[DeploymentSlots]);
        return slots[at] ??= new(status, reason, Alone);
    }

    /// <summary>
    /// The JSON of <paramref name="decision"/> for writer slot <paramref name="slot"/> (encoded by
    /// <paramref name="encode"/> the first time) when it is one of this finding's <see cref="Plain"/> decisions; else
    /// null, and the writer writes it as any other.
    /// </summary>
    /// <param name="decision">An entitlement decision whose one finding is this one.</param>
    /// <param name="slot">The writer's encoder and detail.</param>
    /// <param name="encode">Writes a decision in a slot's encoder and detail.</param>
    public byte[]? PlainJson(EntitlementDecision decision, int slot, Func<EntitlementDecision, int, byte[]> encode)
    {
        var at = PlainSlot(decision.Kind, decision.Status, decision.UndeterminedReason);
        var slots = Volatile.Read(ref plain);
        if (slots is null || (uint)at >= (uint)PlainSlots || slots[at] is not { } kept || !ReferenceEquals(kept.Decision, decision)) return null;
        return kept.Encoded[slot] ??= encode(decision, slot);
    }

    // Where a plain decision of this kind, status and reason is kept; outside the slots (-1) for a value no enum
    // names, which would otherwise land in another's slot.
    private static int PlainSlot(EntitlementKind kind, EntitlementStatus status, UndeterminedReason? reason)
    {
        var reasonAt = ReasonSlot(reason);
        return (uint)status < (uint)Statuses && reasonAt >= 0 ? ((((int)kind * Statuses) + (int)status) * Reasons) + reasonAt : -1;
    }

    // None first, then each reason; -1 for a value no reason names.
    private static int ReasonSlot(UndeterminedReason? reason) =>
        reason is not { } r ? 0 : (uint)r < (uint)(Reasons - 1) ? (int)r + 1 : -1;

    // A decision every case shares, and its JSON per writer slot (its content, and so its JSON, never changes).
    private sealed class PlainDecision(EntitlementDecision decision)
    {
        public EntitlementDecision Decision { get; } = decision;

        public byte[]?[] Encoded { get; } = new byte[]?[Json.DecisionWriter.DecisionSlots];
    }
}
