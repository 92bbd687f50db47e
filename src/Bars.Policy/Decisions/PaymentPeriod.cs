namespace Bars.Policy;

/// <summary>How often an amount is paid.</summary>
public enum PaymentPeriod
{
    /// <summary>Every month of service.</summary>
    Month,

    /// <summary>Once.</summary>
    Once,
}
