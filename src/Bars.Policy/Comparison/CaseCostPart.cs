namespace Bars.Policy;

/// <summary>
/// One part of a case's cost (<see cref="CaseCostBreakdown"/>): its amount in roubles, or null with the reason when
/// it is Undetermined (an unknown is never 0). Made by <see cref="ComparisonExtensions.CostOf"/> only; compares by content.
/// </summary>
public sealed record CaseCostPart
{
    /// <summary>Creates the part; only the cost of a case makes them.</summary>
    /// <param name="amountRub">The amount, 0 where none is due, null when Undetermined.</param>
    /// <param name="undeterminedReason">Why Undetermined; null when the amount is known.</param>
    internal CaseCostPart(decimal? amountRub, UndeterminedReason? undeterminedReason)
    {
        AmountRub = amountRub;
        UndeterminedReason = amountRub is null ? undeterminedReason : null;
    }

    /// <summary>The amount in roubles as it enters the cost: 0 where none is due (NotEntitled, NotOwed), negative for a repayment owed, null when Undetermined.</summary>
    public decimal? AmountRub { get; }

    /// <summary>Why the amount is Undetermined: the outcome's own reason, or <see cref="Policy.UndeterminedReason.SourceSilent"/> for a monthly rate that neither the source nor the host states on some day of membership; null when the amount is known.</summary>
    public UndeterminedReason? UndeterminedReason { get; }
}
