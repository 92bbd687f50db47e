namespace Bars.Policy;

/// <summary>
/// One case's cost under the policy that decided it, part by part, as <see cref="ComparisonExtensions.Compare"/>
/// counts it (docs/analysts.md, "The reform's cost"): the months the contract is in force, monthly pay for each day
/// of membership at the rate in force that day (I9), the one-time payment, injury compensation, and the repayment of
/// the one-time payment owed (negative). A part that is Undetermined is null with its reason, never 0, and then the
/// case has no total. Made by <see cref="ComparisonExtensions.CostOf"/> only; compares by content.
/// </summary>
public sealed record CaseCostBreakdown
{
    /// <summary>Creates the breakdown; only the cost of a case makes them.</summary>
    /// <param name="monthsInForce">The months the contract is in force.</param>
    /// <param name="monthlyPay">Monthly pay over the days of membership.</param>
    /// <param name="oneTimePayment">The one-time payment.</param>
    /// <param name="injuryCompensation">Injury compensation.</param>
    /// <param name="repayOneTimePayment">The repayment owed, negative.</param>
    /// <param name="totalRub">The parts summed; null when one is Undetermined.</param>
    internal CaseCostBreakdown(decimal monthsInForce, CaseCostPart monthlyPay, CaseCostPart oneTimePayment, CaseCostPart injuryCompensation, CaseCostPart repayOneTimePayment, decimal? totalRub)
    {
        TotalRub = totalRub;
        MonthsInForce = monthsInForce;
        MonthlyPay = monthlyPay;
        OneTimePayment = oneTimePayment;
        InjuryCompensation = injuryCompensation;
        RepayOneTimePayment = repayOneTimePayment;
    }

    /// <summary>
    /// The months the contract is in force: its length, or, after an early termination, the whole contract months
    /// to the termination plus the part month as its share of days (docs/reading.md, "Cost of a case"); 0 when it
    /// was ended on its first day.
    /// </summary>
    public decimal MonthsInForce { get; }

    /// <summary>Monthly pay for each day of membership at the rate in force that day (I9), whatever the phase on <c>asOf</c>.</summary>
    public CaseCostPart MonthlyPay { get; }

    /// <summary>The one-time payment on signing, 0 when not entitled.</summary>
    public CaseCostPart OneTimePayment { get; }

    /// <summary>Injury compensation, 0 without an injury on duty (C5).</summary>
    public CaseCostPart InjuryCompensation { get; }

    /// <summary>The repayment of the one-time payment owed, negative (money owed back), 0 when not owed.</summary>
    public CaseCostPart RepayOneTimePayment { get; }

    /// <summary>The parts summed (<c>MonthlyPay + OneTimePayment + InjuryCompensation + RepayOneTimePayment</c>); null when any part is Undetermined.</summary>
    public decimal? TotalRub { get; }
}
