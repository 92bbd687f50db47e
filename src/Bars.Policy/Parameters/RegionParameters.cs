namespace Bars.Policy.Parameters;

/// <summary>
/// The parameters in force for one region: the general ones (ages, training) and the region's own amounts.
/// A null amount means the source states none for the region, which the rules answer as Undetermined.
/// </summary>
internal sealed record RegionParameters(
    string Region,
    PolicyParameter MinimumAge,
    PolicyParameter MaximumAge,
    PolicyParameter TrainingDays,
    PolicyParameter AnnualContractMonths,
    PolicyParameter SixMonthContractMonths,
    PolicyParameter? MonthlyPay,
    PolicyParameter? AnnualContractPayment,
    PolicyParameter? SixMonthContractPayment,
    PolicyParameter? InjuryOnDutyCompensation);
