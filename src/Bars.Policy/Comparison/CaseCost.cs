namespace Bars.Policy.Comparison;

/// <summary>
/// The money a case's decision gives over the contract's time in force, a pure function of (case, decision), part
/// by part: monthly pay × the months in force, one-time payment, injury compensation, − repayment owed. A part that
/// is Undetermined stays unknown (null), never 0; the others are summed.
/// </summary>
internal static class CaseCost
{
    /// <summary>
    /// The months the contract is in force: its length, or, after an early termination, the whole months from the
    /// start to the termination date plus the part month as its share of days (the days in force of that contract
    /// month over the days the month has). The part-month share is an interpretation (docs/reading.md): the source
    /// states monthly rates only.
    /// </summary>
    /// <param name="contract">A valid contract (months and start date present).</param>
    /// <returns>The months in force, exact but for the part month's share (decimal division).</returns>
    public static decimal MonthsInForce(Contract contract)
    {
        var months = contract.Months!.Value;
        var start = contract.StartDate!.Value;
        if (contract.TerminatedEarlyOn is not { } end) return months;

        // In force up to the day before the termination (docs/reading.md): whole months first, then the share.
        var whole = Math.Clamp(((end.Year - start.Year) * 12) + end.Month - start.Month, 0, months);
        while (whole > 0 && start.AddMonths(whole) > end) whole--;
        if (whole == months) return months;
        var from = start.AddMonths(whole);
        var to = start.AddMonths(whole + 1);
        return whole + ((decimal)(end.DayNumber - from.DayNumber) / (to.DayNumber - from.DayNumber));
    }

    /// <summary>
    /// The case's money, part by part, in the decision's order (the money entitlements, then the obligations):
    /// each part's amount in roubles (a part month's pay to the kopeck), 0 where none is due, null where
    /// Undetermined. Injury compensation is paid in the event of an injury (C5): a case without an injury on duty
    /// has none to pay, even where the region's entitlement itself is Undetermined (docs/reading.md).
    /// </summary>
    /// <param name="policyCase">The case, with a contract.</param>
    /// <param name="decision">Its valid decision.</param>
    /// <returns>The parts; the same kinds in the same order for every valid decision.</returns>
    /// <exception cref="PolicyEvaluationException">A part exceeds <see cref="decimal"/>: only a host rule's own amount
    /// can (host values are bounded at build, see PolicyBuild.MaxAmountRub), a defect named by its rule.</exception>
    public static CostPart[] Parts(PolicyCase policyCase, PolicyDecision decision)
    {
        var months = MonthsInForce(policyCase.Contract!);
        var injuredOnDuty = policyCase.Injuries?.Any(i => i?.OnDuty == true) == true;
        var parts = new CostPart[MoneyKinds + decision.Obligations.Count];
        var n = 0;
        foreach (var e in decision.Entitlements)
        {
            if (!IsMoney(e.Kind)) continue;
            decimal? amount = e.Kind == EntitlementKind.InjuryCompensation && !injuredOnDuty ? 0
                : e.Status == EntitlementStatus.Undetermined ? null
                : e.Status != EntitlementStatus.Entitled || e.AmountRub is not { } a ? 0
                : e.Period == PaymentPeriod.Month ? Monthly(decision, e, a, months)
                : a;
            parts[n++] = new CostPart(e.Kind.ToString(), amount, e.Findings);
        }

        foreach (var o in decision.Obligations)
        {
            decimal? amount = o.Status == ObligationStatus.Undetermined ? null
                : o.Status == ObligationStatus.Owed && o.AmountRub is { } owed ? -owed
                : 0;
            parts[n++] = new CostPart(o.Kind.ToString(), amount, o.Findings);
        }

        return parts;
    }

    private static readonly int MoneyKinds = Enum.GetValues<EntitlementKind>().Count(IsMoney);

    private static decimal Monthly(PolicyDecision decision, EntitlementDecision e, decimal amount, decimal months)
    {
        try
        {
            return Kopecks(amount * months);
        }
        catch (OverflowException overflow)
        {
            throw TooLarge(decision, e.Kind.ToString(), e.Findings, overflow);
        }
    }

    // The entitlements that are money; the others (statuses, privileges) add nothing to a cost, decided or not.
    private static bool IsMoney(EntitlementKind kind) =>
        kind is EntitlementKind.MonthlyPay or EntitlementKind.OneTimePayment or EntitlementKind.InjuryCompensation;

    // A part month's pay is rounded to the kopeck, half away from zero; whole months are exact.
    private static decimal Kopecks(decimal rub) => Math.Round(rub, 2, MidpointRounding.AwayFromZero);

    /// <summary>A host rule's amount that takes a case's money past <see cref="decimal"/>, named by its rule.</summary>
    /// <param name="d">The decision.</param>
    /// <param name="kind">The outcome.</param>
    /// <param name="findings">Its findings (the first names the rule).</param>
    /// <param name="overflow">The overflow.</param>
    /// <returns>The exception to throw.</returns>
    public static PolicyEvaluationException TooLarge(PolicyDecision d, string kind, IReadOnlyList<Finding> findings, OverflowException overflow)
    {
        var rule = findings.Count > 0 ? findings[0].RuleId : kind;
        return new PolicyEvaluationException(
            rule, d.CaseId ?? "", $"Rule '{rule}' decided {kind} on case '{d.CaseId}': the case's cost exceeds the largest decimal.", overflow);
    }
}
