namespace Bars.Policy.Parameters;

/// <summary>The names of the policy's parameters.</summary>
internal static class ParameterNames
{
    public const string MinimumAge = "MinimumAge";
    public const string MaximumAge = "MaximumAge";
    public const string TrainingDays = "TrainingDays";
    public const string MonthlyPayRub = "MonthlyPayRub";
    public const string AnnualContractMonths = "AnnualContractMonths";
    public const string AnnualContractPaymentRub = "AnnualContractPaymentRub";
    public const string SixMonthContractMonths = "SixMonthContractMonths";
    public const string SixMonthContractPaymentRub = "SixMonthContractPaymentRub";
    public const string InjuryOnDutyCompensationRub = "InjuryOnDutyCompensationRub";
}
