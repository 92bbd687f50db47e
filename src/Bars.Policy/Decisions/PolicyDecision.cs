using System.Text.Json.Serialization;

namespace Bars.Policy;

/// <summary>
/// The answer for one case. A valid case gets an enlistment outcome, every entitlement kind, the repayment
/// obligation and the service phase, each with findings that cite claims and quote the source. An invalid case
/// gets <see cref="Errors"/> only; nothing is evaluated for it.
/// </summary>
/// <param name="CaseId">The case's identifier, when it could be read.</param>
/// <param name="Region">The case's region, as given.</param>
/// <param name="AsOf">The evaluation date, as given.</param>
/// <param name="Enlistment">Who may join (C1–C3, C12, C13, C19); null for an invalid case.</param>
/// <param name="Entitlements">One entry per <see cref="EntitlementKind"/>, in enum order; empty for an invalid case.</param>
/// <param name="Obligations">One entry per <see cref="ObligationKind"/>; empty for an invalid case.</param>
/// <param name="Service">Training and duties (C4, C15–C18); null for an invalid case.</param>
/// <param name="Errors">What is wrong with the input; empty for a valid case.</param>
public sealed record PolicyDecision(
    string? CaseId,
    string? Region,
    DateOnly? AsOf,
    EnlistmentDecision? Enlistment,
    IReadOnlyList<EntitlementDecision> Entitlements,
    IReadOnlyList<ObligationDecision> Obligations,
    ServiceDecision? Service,
    IReadOnlyList<ValidationError> Errors)
{
    /// <summary>True when the case was valid and evaluated (no <see cref="Errors"/>).</summary>
    [JsonIgnore]
    public bool IsValid => Errors.Count == 0;

    /// <summary>The entitlement of the given kind; every valid decision has each kind exactly once.</summary>
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
    public static PolicyDecision Invalid(string? caseId, string? region, DateOnly? asOf, IReadOnlyList<ValidationError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0) throw new ArgumentException("An invalid decision needs at least one error.", nameof(errors));
        return new PolicyDecision(caseId, region, asOf, null, [], [], null, errors);
    }
}
