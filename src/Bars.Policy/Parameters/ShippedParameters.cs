namespace Bars.Policy.Parameters;

/// <summary>
/// The policy's numbers as the source reports them. They carry no dates of effect (I5): they hold "as reported".
/// </summary>
internal static class ShippedParameters
{
    // General: every region (C1, I3; C4).
    public static readonly ParameterValue MinimumAge = new(Parameter.MinimumAge, 18, Citation.Of("C1", SourceQuotes.C1));
    public static readonly ParameterValue MaximumAge = new(Parameter.MaximumAge, 65, Citation.Of("C1", SourceQuotes.C1));

    // "three weeks" of training = 21 days (C4).
    public static readonly ParameterValue TrainingDays = new(Parameter.TrainingDays, 21, Citation.Of("C4", SourceQuotes.C4));

    // "annual contract" = 12 months; "six-month contract" = 6 months (C10).
    public static readonly ParameterValue AnnualContractMonths = new(Parameter.AnnualContractMonths, 12, Citation.Of("C10", SourceQuotes.C10));
    public static readonly ParameterValue SixMonthContractMonths = new(Parameter.SixMonthContractMonths, 6, Citation.Of("C10", SourceQuotes.C10));

    // Regional amounts.
    public static readonly ParameterValue BelgorodMonthlyPay = new(Parameter.MonthlyPayRub, 80_000m, Citation.Of("C8", SourceQuotes.C8));
    public static readonly ParameterValue BryanskMonthlyPay = new(Parameter.MonthlyPayRub, 40_000m, Citation.Of("C9", SourceQuotes.C9));
    public static readonly ParameterValue BryanskAnnualContractPayment = new(Parameter.AnnualContractPaymentRub, 300_000m, Citation.Of("C10", SourceQuotes.C10));

    // "or half that amount for a six-month contract" (C10): half of 300,000.
    public static readonly ParameterValue BryanskSixMonthContractPayment = new(Parameter.SixMonthContractPaymentRub, 150_000m, Citation.Of("C10", SourceQuotes.C10));
    public static readonly ParameterValue KurskInjuryOnDutyCompensation = new(Parameter.InjuryOnDutyCompensationRub, 3_000_000m, Citation.Of("C5", SourceQuotes.C5));

    /// <summary>The parameters of each shipped region.</summary>
    public static IReadOnlyDictionary<string, RegionParameters> ByRegion { get; } = new Dictionary<string, RegionParameters>(StringComparer.Ordinal)
    {
        [Regions.Kursk] = Region(Regions.Kursk) with { InjuryOnDutyCompensation = KurskInjuryOnDutyCompensation },
        [Regions.Belgorod] = Region(Regions.Belgorod) with { MonthlyPay = BelgorodMonthlyPay },
        [Regions.Bryansk] = Region(Regions.Bryansk) with
        {
            MonthlyPay = BryanskMonthlyPay,
            AnnualContractPayment = BryanskAnnualContractPayment,
            SixMonthContractPayment = BryanskSixMonthContractPayment,
        },
    };

    /// <summary>A region with the general parameters only: every regional amount unstated.</summary>
    public static RegionParameters Region(string region) =>
        new(region, MinimumAge, MaximumAge, TrainingDays, AnnualContractMonths, SixMonthContractMonths, null, null, null, null);
}
