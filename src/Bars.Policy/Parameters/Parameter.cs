using System.Text.Json.Serialization;
using Bars.Policy.Json;

namespace Bars.Policy;

/// <summary>The numbers of the policy that a host may set or override per region (see <see cref="PolicyParameters"/>).</summary>
[JsonConverter(typeof(NameOnlyEnumConverter<Parameter>))]
public enum Parameter
{
    /// <summary>The youngest age, in completed years, at which an applicant is accepted (C1: 18).</summary>
    MinimumAge,

    /// <summary>The oldest age, in completed years, at which an applicant is accepted (C1: 65).</summary>
    MaximumAge,

    /// <summary>Days of combat and medical training at the start of a contract (C4: three weeks, 21).</summary>
    TrainingDays,

    /// <summary>Monthly pay in roubles (C8 Belgorod: 80,000; C9 Bryansk: 40,000; not stated for Kursk).</summary>
    MonthlyPayRub,

    /// <summary>The length in months of an annual contract (C10: 12).</summary>
    AnnualContractMonths,

    /// <summary>One-time payment in roubles for an annual contract (C10, Bryansk: 300,000).</summary>
    AnnualContractPaymentRub,

    /// <summary>The length in months of a six-month contract (C10: 6).</summary>
    SixMonthContractMonths,

    /// <summary>One-time payment in roubles for a six-month contract (C10, Bryansk: half the annual, 150,000).</summary>
    SixMonthContractPaymentRub,

    /// <summary>Compensation in roubles for an injury on duty (C5, Kursk: 3,000,000).</summary>
    InjuryOnDutyCompensationRub,
}
