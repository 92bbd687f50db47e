using Bars.Policy.Explanation;
using Bars.Policy.Parameters;

namespace Bars.Policy.Engine;

/// <summary>
/// Unknown is not no (I11): a case that lists applicant facts as unknown is evaluated under every combination of their
/// answers (2^k for k unknowns, at most 2^7 = 128), as screening does; an outcome the same under all is decided, one
/// that differs is Undetermined (MissingInput) and names the facts it depends on (those whose answer alone changes it).
/// One meaning everywhere: <see cref="PolicyEngine.Evaluate(PolicyCase)"/>, screening and the explorer's "don't know".
/// </summary>
internal static class UnknownFacts
{
    /// <summary>The rule id of the findings this step adds: it is the engine's, not a rule of the policy.</summary>
    public const string RuleId = "Case.UnknownFacts";

    public static PolicyDecision Decide(PolicyCase c, Func<PolicyCase, PolicyDecision> evaluate)
    {
        var flags = Flags(c);
        var variants = Variants(c, flags, evaluate);
        var first = variants[0];
        var enlistment = Merge(variants, d => d.Enlistment!, EnlistmentKey, flags, (e, finding) =>
            new EnlistmentDecision(EnlistmentOutcome.Undetermined, UndeterminedReason.MissingInput, [finding], e.Parameters, e.JudgedOn));
        var entitlements = first.Entitlements.Select((_, k) => Merge(variants, d => d.Entitlements[k], EntitlementKey, flags, (e, finding) =>
            new EntitlementDecision(e.Kind, EntitlementStatus.Undetermined, null, null, UndeterminedReason.MissingInput, [finding], e.Parameters))).ToArray();
        // An open repayment still follows its termination (I8): it is open from that day, whichever answer is true.
        var obligations = first.Obligations.Select((_, k) => Merge(variants, d => d.Obligations[k], ObligationKey, flags, (o, finding) =>
            new ObligationDecision(o.Kind, ObligationStatus.Undetermined, null, UndeterminedReason.MissingInput, [finding], o.Parameters,
                variants.Select(d => d.Obligations[k].From).FirstOrDefault(from => from is not null)))).ToArray();
        var service = Merge(variants, d => d.Service!, ServiceKey, flags, (s, finding) =>
            new ServiceDecision(ServicePhase.Undetermined, UndeterminedReason.MissingInput, null, [], [finding], s.Parameters, null, null, s.WarZoneDeployment));
        return new PolicyDecision(first.CaseId, first.Region, first.AsOf, enlistment, entitlements, obligations, service, [], first.Policy);
    }

    /// <summary>The facts <paramref name="c"/> lists as unknown (a valid case names each once).</summary>
    public static ApplicantFlags.Flag[] Flags(PolicyCase c) => (c.Unknown ?? []).Select(n => ApplicantFlags.Named(n)!).ToArray();

    /// <summary>The decision under each combination of answers: bit i of the index is the answer to
    /// <paramref name="flags"/>[i]; each variation states its answers and lists nothing as unknown.</summary>
    public static PolicyDecision[] Variants(PolicyCase c, ApplicantFlags.Flag[] flags, Func<PolicyCase, PolicyDecision> evaluate)
    {
        var variants = new PolicyDecision[1 << flags.Length];
        for (var mask = 0; mask < variants.Length; mask++)
        {
            var applicant = c.Applicant!;
            for (var i = 0; i < flags.Length; i++) applicant = flags[i].Set(applicant, (mask & (1 << i)) != 0);
            variants[mask] = evaluate(c with { Applicant = applicant, Unknown = null });
        }

        return variants;
    }

    /// <summary>
    /// What makes two answers the same outcome, one key per outcome in the order of <see cref="OutcomeState.Of"/>:
    /// everything but the findings, periods included. The one definition Evaluate and screening both use, so an outcome
    /// screening calls certain is the one Evaluate decides and one it calls open is the one Evaluate leaves open.
    /// </summary>
    public static object[] Keys(PolicyDecision d) =>
        [EnlistmentKey(d.Enlistment!), .. d.Entitlements.Select(EntitlementKey), .. d.Obligations.Select(ObligationKey), ServiceKey(d.Service!)];

    private static object EnlistmentKey(EnlistmentDecision e) => (e.Outcome, e.UndeterminedReason);

    private static object EntitlementKey(EntitlementDecision e) => (e.Status, e.AmountRub, e.Period, e.UndeterminedReason, e.From, e.To);

    private static object ObligationKey(ObligationDecision o) => (o.Status, o.AmountRub, o.UndeterminedReason, o.From);

    private static object ServiceKey(ServiceDecision s) => (s.Phase, s.UndeterminedReason, s.TrainingEndsOn, s.From, s.To, s.Duties.Count);

    // The outcome of the first combination when every combination agrees; otherwise an Undetermined one naming the
    // unknowns whose answer alone changes it, citing I11 and the claims of the findings that differ.
    private static T Merge<T>(PolicyDecision[] variants, Func<PolicyDecision, T> part, Func<T, object> key, ApplicantFlags.Flag[] flags, Func<T, Finding, T> undetermined)
    {
        var parts = variants.Select(part).ToArray();
        var keys = parts.Select(key).ToArray();
        if (keys.All(k => k.Equals(keys[0]))) return parts[0];

        var dependsOn = flags.Where((_, i) => DependsOn(keys, i)).Select(f => f.Name).ToArray();
        var findings = parts.Select(FindingsOf).ToArray();
        var differing = findings.SelectMany(f => f).Where(f => !findings.All(all => all.Contains(f)));
        var claims = new[] { Readings.I11.Id }.Concat(OutcomeState.ClaimsOf(differing)).Distinct(StringComparer.Ordinal).ToArray();
        var possible = string.Join(" or ", parts.Select(Describe).Distinct(StringComparer.Ordinal));
        var text = $"Depends on {string.Join(" and ", dependsOn)}, which the case lists as unknown: {possible} (I11).";
        return undetermined(parts[0], new Finding(RuleId, claims, text, Readings.I11.Quote));
    }

    /// <summary>Whether the answer to unknown <paramref name="i"/> alone (the others fixed) changes the key.</summary>
    public static bool DependsOn(IReadOnlyList<object> keys, int i) =>
        Enumerable.Range(0, keys.Count).Any(m => (m & (1 << i)) == 0 && !keys[m].Equals(keys[m | (1 << i)]));

    private static IReadOnlyList<Finding> FindingsOf<T>(T part) => part switch
    {
        EnlistmentDecision e => e.Findings,
        EntitlementDecision e => e.Findings,
        ObligationDecision o => o.Findings,
        ServiceDecision s => s.Findings,
        _ => [],
    };

    private static string Describe<T>(T part) => part switch
    {
        ServiceDecision s => s.Phase.ToString(),
        _ => part?.ToString() ?? "",
    };
}
