using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace Bars.Policy;

/// <summary>
/// The answer for one case. A valid case gets an enlistment outcome, every entitlement kind, the repayment
/// obligation and the service phase, each with findings that cite claims and quote the source. An invalid case
/// gets <see cref="Errors"/> only; nothing is evaluated for it. Decisions compare by content, so a decision read
/// back from its JSON equals the one written.
/// </summary>
public sealed record PolicyDecision
{
    private static readonly EntitlementKind[] EntitlementKinds = Enum.GetValues<EntitlementKind>();
    private static readonly ObligationKind[] ObligationKinds = Enum.GetValues<ObligationKind>();

    /// <summary>
    /// A decision: either errors and nothing evaluated, or no errors and everything evaluated. Only the engine and
    /// the JSON reader make them; hosts make invalid ones with <see cref="Invalid"/>.
    /// </summary>
    /// <param name="caseId">The case's identifier, when it could be read.</param>
    /// <param name="region">The case's region, as given.</param>
    /// <param name="asOf">The evaluation date, as given.</param>
    /// <param name="enlistment">The enlistment decision; null exactly when there are errors.</param>
    /// <param name="entitlements">One per kind in enum order; empty exactly when there are errors.</param>
    /// <param name="obligations">One per kind in enum order; empty exactly when there are errors.</param>
    /// <param name="service">The service decision; null exactly when there are errors.</param>
    /// <param name="errors">What is wrong with the input.</param>
    /// <param name="policy">The policy that made the decision; null for an invalid one.</param>
    /// <exception cref="ArgumentException">The parts are neither a valid nor an invalid decision.</exception>
    [JsonConstructor]
    internal PolicyDecision(
        string? caseId,
        string? region,
        DateOnly? asOf,
        EnlistmentDecision? enlistment,
        IReadOnlyList<EntitlementDecision> entitlements,
        IReadOnlyList<ObligationDecision> obligations,
        ServiceDecision? service,
        IReadOnlyList<ValidationError> errors,
        PolicyProvenance? policy = null)
    {
        CaseId = caseId;
        Region = region;
        AsOf = asOf;
        Enlistment = enlistment;
        Entitlements = EquatableList<EntitlementDecision>.Of(entitlements);
        Obligations = EquatableList<ObligationDecision>.Of(obligations);
        Service = service;
        Errors = EquatableList<ValidationError>.Of(errors);
        Policy = policy;
        Check();
    }

    /// <summary>The case's identifier, when it could be read.</summary>
    public string? CaseId { get; }

    /// <summary>The case's region, as given.</summary>
    public string? Region { get; }

    /// <summary>The evaluation date, as given.</summary>
    public DateOnly? AsOf { get; }

    /// <summary>Who may join (C1–C3, C12, C13, C19); null for an invalid case.</summary>
    public EnlistmentDecision? Enlistment { get; }

    /// <summary>One entry per <see cref="EntitlementKind"/>, in enum order; empty for an invalid case.</summary>
    public IReadOnlyList<EntitlementDecision> Entitlements { get; }

    /// <summary>One entry per <see cref="ObligationKind"/>; empty for an invalid case.</summary>
    public IReadOnlyList<ObligationDecision> Obligations { get; }

    /// <summary>Training and duties (C4, C15–C18); null for an invalid case.</summary>
    public ServiceDecision? Service { get; }

    /// <summary>What is wrong with the input; empty for a valid case.</summary>
    public IReadOnlyList<ValidationError> Errors { get; }

    /// <summary>
    /// The policy that made the decision: the library version and the fingerprint of the engine's configuration
    /// (<see cref="PolicyEngine.Policy"/>), so a stored decision can be matched to it. Null for an invalid decision:
    /// nothing was decided.
    /// </summary>
    public PolicyProvenance? Policy { get; }

    /// <summary>True when the case was valid and evaluated (no <see cref="Errors"/>).</summary>
    [JsonIgnore]
    [MemberNotNullWhen(true, nameof(Enlistment), nameof(Service))]
    public bool IsValid => Errors.Count == 0;

    /// <summary>The entitlement of the given kind; every valid decision has each kind exactly once.</summary>
    /// <param name="kind">The entitlement wanted.</param>
    /// <returns>The decision's entitlement of that kind.</returns>
    /// <exception cref="InvalidOperationException">The decision is invalid and holds no entitlements.</exception>
    public EntitlementDecision Entitlement(EntitlementKind kind)
    {
        foreach (var e in Entitlements)
        {
            if (e.Kind == kind) return e;
        }

        throw new InvalidOperationException($"The decision holds no {kind} entitlement: it is invalid ({Errors.Count} errors).");
    }

    /// <summary>The obligation of the given kind; every valid decision has each kind exactly once.</summary>
    /// <param name="kind">The obligation wanted.</param>
    /// <returns>The decision's obligation of that kind.</returns>
    /// <exception cref="InvalidOperationException">The decision is invalid and holds no obligations.</exception>
    public ObligationDecision Obligation(ObligationKind kind)
    {
        foreach (var o in Obligations)
        {
            if (o.Kind == kind) return o;
        }

        throw new InvalidOperationException($"The decision holds no {kind} obligation: it is invalid ({Errors.Count} errors).");
    }

    /// <summary>A decision for input that could not be evaluated, carrying its errors.</summary>
    /// <param name="caseId">The case's identifier, when it could be read.</param>
    /// <param name="region">The case's region, when it could be read.</param>
    /// <param name="asOf">The evaluation date, when it could be read.</param>
    /// <param name="errors">What is wrong with the input; at least one.</param>
    /// <returns>An invalid decision: <see cref="Errors"/> set, nothing evaluated.</returns>
    /// <exception cref="ArgumentException"><paramref name="errors"/> is empty.</exception>
    public static PolicyDecision Invalid(string? caseId, string? region, DateOnly? asOf, IReadOnlyList<ValidationError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0) throw new ArgumentException("An invalid decision needs at least one error.", nameof(errors));
        return new PolicyDecision(caseId, region, asOf, null, [], [], null, errors);
    }

    /// <summary>The case, then its errors or a one-line summary of every outcome.</summary>
    /// <returns>For example <c>c-1 Bryansk 2024-10-01: Eligible; MonthlyPay Entitled 40,000/Month; …</c>.</returns>
    public override string ToString()
    {
        var head = $"{CaseId ?? "?"} {Region ?? "?"} {DecisionText.Date(AsOf)}: ";
        if (!IsValid) return head + "invalid: " + string.Join("; ", Errors);
        return head + string.Join("; ", [Enlistment!.ToString(), .. Entitlements.Select(e => e.ToString()), .. Obligations.Select(o => o.ToString()), Service!.ToString()]);
    }

    // Either errors and nothing else, or no errors and every part: a host never sees anything in between.
    private void Check()
    {
        // Loops, not LINQ: every decision the engine makes passes here.
        if (HasNull(Entitlements) || HasNull(Obligations) || HasNull(Errors))
        {
            throw new ArgumentException("A decision's lists hold no nulls.");
        }

        if (Errors.Count > 0)
        {
            if (Enlistment is not null || Service is not null || Entitlements.Count > 0 || Obligations.Count > 0)
            {
                throw new ArgumentException("An invalid decision (one with errors) holds no enlistment, entitlements, obligations or service.");
            }

            return;
        }

        if (Enlistment is null || Service is null)
        {
            throw new ArgumentException("A decision without errors needs an enlistment and a service decision.");
        }

        if (!KindsInOrder(Entitlements, EntitlementKinds, static e => e.Kind))
        {
            throw new ArgumentException($"A decision without errors holds every entitlement kind once, in order: {string.Join(", ", EntitlementKinds)}.");
        }

        if (!KindsInOrder(Obligations, ObligationKinds, static o => o.Kind))
        {
            throw new ArgumentException($"A decision without errors holds every obligation kind once, in order: {string.Join(", ", ObligationKinds)}.");
        }
    }

    private static bool HasNull<T>(IReadOnlyList<T> items)
        where T : class
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is null) return true;
        }

        return false;
    }

    private static bool KindsInOrder<T, TKind>(IReadOnlyList<T> items, TKind[] kinds, Func<T, TKind> kindOf)
        where TKind : struct, Enum
    {
        if (items.Count != kinds.Length) return false;
        for (var i = 0; i < kinds.Length; i++)
        {
            if (!EqualityComparer<TKind>.Default.Equals(kindOf(items[i]), kinds[i])) return false;
        }

        return true;
    }

    /// <summary>The decision told for a person: plain text, lines ending in <c>\n</c>, the same words the <c>bars-policy</c> tool prints on a terminal.</summary>
    /// <returns>The text.</returns>
    public string ToText() => Text.DecisionExplanation.Render(this);
}
