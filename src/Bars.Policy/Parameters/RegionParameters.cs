namespace Bars.Policy.Parameters;

/// <summary>
/// The parameters in force for one region on one day: the general ones (ages, training, contract lengths) and the
/// region's own amounts. A null amount means neither the source nor the host states one, which the rules answer as
/// Undetermined.
/// </summary>
internal sealed record RegionParameters(
    string Region,
    ParameterValue MinimumAge,
    ParameterValue MaximumAge,
    ParameterValue TrainingDays,
    ParameterValue AnnualContractMonths,
    ParameterValue SixMonthContractMonths,
    ParameterValue? MonthlyPay,
    ParameterValue? AnnualContractPayment,
    ParameterValue? SixMonthContractPayment,
    ParameterValue? InjuryOnDutyCompensation)
{
    public ParameterValue? this[Parameter name] => name switch
    {
        Parameter.MinimumAge => MinimumAge,
        Parameter.MaximumAge => MaximumAge,
        Parameter.TrainingDays => TrainingDays,
        Parameter.AnnualContractMonths => AnnualContractMonths,
        Parameter.SixMonthContractMonths => SixMonthContractMonths,
        Parameter.MonthlyPayRub => MonthlyPay,
        Parameter.AnnualContractPaymentRub => AnnualContractPayment,
        Parameter.SixMonthContractPaymentRub => SixMonthContractPayment,
        Parameter.InjuryOnDutyCompensationRub => InjuryOnDutyCompensation,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    /// <summary>A copy with <paramref name="value"/> in place of its parameter.</summary>
    public RegionParameters With(ParameterValue value) => value.Name switch
    {
        Parameter.MinimumAge => this with { MinimumAge = value },
        Parameter.MaximumAge => this with { MaximumAge = value },
        Parameter.TrainingDays => this with { TrainingDays = value },
        Parameter.AnnualContractMonths => this with { AnnualContractMonths = value },
        Parameter.SixMonthContractMonths => this with { SixMonthContractMonths = value },
        Parameter.MonthlyPayRub => this with { MonthlyPay = value },
        Parameter.AnnualContractPaymentRub => this with { AnnualContractPayment = value },
        Parameter.SixMonthContractPaymentRub => this with { SixMonthContractPayment = value },
        Parameter.InjuryOnDutyCompensationRub => this with { InjuryOnDutyCompensation = value },
        _ => throw new ArgumentOutOfRangeException(nameof(value), value.Name, null),
    };
}
