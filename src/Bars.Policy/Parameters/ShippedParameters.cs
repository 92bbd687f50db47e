namespace Bars.Policy.Parameters;

using static Bars.Policy.Parameters.ParameterNames;

/// <summary>
/// The policy's numbers as the source reports them. They carry no dates of effect (I5): they hold "as reported".
/// </summary>
internal static class ShippedParameters
{
    // General: every region (C1, I3; C4).
    public static readonly PolicyParameter MinimumAge = new(ParameterNames.MinimumAge, 18, Citation.Of("C1", SourceQuotes.C1));
    public static readonly PolicyParameter MaximumAge = new(ParameterNames.MaximumAge, 65, Citation.Of("C1", SourceQuotes.C1));

    // "three weeks" of training = 21 days (C4).
    public static readonly PolicyParameter TrainingDays = new(ParameterNames.TrainingDays, 21, Citation.Of("C4", SourceQuotes.C4));

    // "annual contract" = 12 months; "six-month contract" = 6 months (C10).
    public static readonly PolicyParameter AnnualContractMonths = new(ParameterNames.AnnualContractMonths, 12, Citation.Of("C10", SourceQuotes.C10));
    public static readonly PolicyParameter SixMonthContractMonths = new(ParameterNames.SixMonthContractMonths, 6, Citation.Of("C10", SourceQuotes.C10));

    // Regional amounts.
    public static readonly PolicyParameter BelgorodMonthlyPay = new(MonthlyPayRub, 80_000m, Citation.Of("C8", SourceQuotes.C8));
    public static readonly PolicyParameter BryanskMonthlyPay = new(MonthlyPayRub, 40_000m, Citation.Of("C9", SourceQuotes.C9));
    public static readonly PolicyParameter BryanskAnnualContractPayment = new(AnnualContractPaymentRub, 300_000m, Citation.Of("C10", SourceQuotes.C10));

    // "or half that amount for a six-month contract" (C10): half of 300,000.
    public static readonly PolicyParameter BryanskSixMonthContractPayment = new(SixMonthContractPaymentRub, 150_000m, Citation.Of("C10", SourceQuotes.C10));
    public static readonly PolicyParameter KurskInjuryOnDutyCompensation = new(InjuryOnDutyCompensationRub, 3_000_000m, Citation.Of("C5", SourceQuotes.C5));

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

    private static RegionParameters Region(string region) =>
        new(region, MinimumAge, MaximumAge, TrainingDays, AnnualContractMonths, SixMonthContractMonths, null, null, null, null);
}
