namespace Bars.Policy.Cli.Output;

/// <summary>
/// A case's cost as table cells: the library's <see cref="CaseCostBreakdown"/> (the numbers <c>compare</c> sums),
/// never computed again here. The months in force, each money part's amount (null when Undetermined, with its reason
/// in the next cell; 0 where none is due; the repayment negative) and the total (null when a part is Undetermined).
/// Every cell is empty for a case without a contract or an invalid one.
/// </summary>
/// <param name="MonthsInForce">The months the contract is in force, to <see cref="MonthsScale"/> decimals.</param>
/// <param name="Parts">Each of <see cref="PartNames"/>: its amount and, when Undetermined, its reason.</param>
/// <param name="TotalRub">The parts summed.</param>
internal sealed record CostCells(decimal? MonthsInForce, (decimal? Rub, string? Reason)[] Parts, decimal? TotalRub)
{
    /// <summary>Digits after the point of <see cref="MonthsInForce"/>: a part month is a share of its days.</summary>
    public const int MonthsScale = 6;

    /// <summary>The parts, in the order of their columns: the money entitlements, then the repayment.</summary>
    public static readonly string[] PartNames = ["monthlyPay", "oneTimePayment", "injuryCompensation", "repayOneTimePayment"];

    /// <summary>No cost: no contract, or an invalid case.</summary>
    public static readonly CostCells None = new(null, PartNames.Select(_ => ((decimal?)null, (string?)null)).ToArray(), null);

    /// <summary>The columns, <paramref name="suffix"/> ("Before", "After", or none) put where compare's columns put it.</summary>
    /// <param name="suffix">The side, or "".</param>
    /// <returns>monthsInForce, then each part's …Cost{suffix}Rub and …CostReason{suffix}, then cost{suffix}Rub.</returns>
    public static string[] ColumnsFor(string suffix) =>
    [
        .. PartNames.SelectMany(p => new[] { $"{p}Cost{suffix}Rub", $"{p}CostReason{suffix}" }),
        $"cost{suffix}Rub",
    ];

    /// <summary>The batch's cost columns.</summary>
    public static readonly string[] Columns = ["monthsInForce", .. ColumnsFor("")];

    /// <summary>The cells of a breakdown; <see cref="None"/> for none.</summary>
    /// <param name="cost">The library's breakdown, or null.</param>
    /// <returns>The cells.</returns>
    public static CostCells Of(CaseCostBreakdown? cost) => cost is null ? None : new(
        Math.Round(cost.MonthsInForce, MonthsScale, MidpointRounding.AwayFromZero),
        [Part(cost.MonthlyPay), Part(cost.OneTimePayment), Part(cost.InjuryCompensation), Part(cost.RepayOneTimePayment)],
        cost.TotalRub);

    private static (decimal?, string?) Part(CaseCostPart p) => (p.AmountRub, p.UndeterminedReason?.ToString());
}
