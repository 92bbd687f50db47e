namespace Bars.Policy.Parameters;

/// <summary>
/// The policy's numbers as the source reports them. They carry no dates of effect (I5): they hold "as reported".
/// </summary>
internal static class ShippedParameters
{
    /// <summary>Every region's: ages (C1, I3), "three weeks" of training = 21 days (C4).</summary>
    public static IReadOnlyList<ParameterValue> General { get; } =
    [
        new(Parameter.MinimumAge, 18, Claims.C1),
        new(Parameter.MaximumAge, 65, Claims.C1),
        new(Parameter.TrainingDays, 21, Claims.C4),
    ];

    /// <summary>The parameters of each shipped region: the general ones and the region's own amounts.</summary>
    public static IReadOnlyDictionary<string, RegionParameters> ByRegion { get; } = new Dictionary<string, RegionParameters>(StringComparer.Ordinal)
    {
        [Regions.Kursk] = Region(Regions.Kursk, new ParameterValue(Parameter.InjuryOnDutyCompensationRub, 3_000_000m, Claims.C5)),
        [Regions.Belgorod] = Region(Regions.Belgorod, new ParameterValue(Parameter.MonthlyPayRub, 80_000m, Claims.C8)),
        [Regions.Bryansk] = Region(
            Regions.Bryansk,
            new ParameterValue(Parameter.MonthlyPayRub, 40_000m, Claims.C9),

            // The contract lengths C10 names are Bryansk's with its payments (I1): C10 does not apply elsewhere.
            new ParameterValue(Parameter.AnnualContractMonths, 12, Claims.C10),
            new ParameterValue(Parameter.SixMonthContractMonths, 6, Claims.C10),
            new ParameterValue(Parameter.AnnualContractPaymentRub, 300_000m, Claims.C10),

            // "or half that amount for a six-month contract" (C10): half of 300,000.
            new ParameterValue(Parameter.SixMonthContractPaymentRub, 150_000m, Claims.C10)),
    };

    /// <summary>A region with the general parameters and <paramref name="own"/> amounts; every other amount unstated.</summary>
    public static RegionParameters Region(string region, params ParameterValue[] own) => RegionParameters.Of(region, General.Concat(own));
}
