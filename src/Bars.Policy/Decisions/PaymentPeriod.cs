using System.Text.Json.Serialization;
using Bars.Policy.Json;

namespace Bars.Policy;

/// <summary>How often an amount is paid.</summary>
[JsonConverter(typeof(NameOnlyEnumConverter<PaymentPeriod>))]
public enum PaymentPeriod
{
    /// <summary>Every month of service.</summary>
    Month,

    /// <summary>Once.</summary>
    Once,
}
