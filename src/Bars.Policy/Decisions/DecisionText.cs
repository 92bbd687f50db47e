using System.Globalization;

namespace Bars.Policy;

/// <summary>The short forms the decisions' <c>ToString()</c> use: for logs and test failures, not for hosts to parse.</summary>
internal static class DecisionText
{
    /// <summary>An amount in roubles with thousands separators, whatever the current culture.</summary>
    /// <param name="amountRub">The amount.</param>
    /// <returns>For example <c>40,000</c>.</returns>
    public static string Amount(decimal amountRub) => amountRub.ToString("#,0.##", CultureInfo.InvariantCulture);

    /// <summary>A date as the contract writes it, or <c>?</c> when there is none.</summary>
    /// <param name="date">The date.</param>
    /// <returns>yyyy-MM-dd, or <c>?</c>.</returns>
    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "?";

    /// <summary>A status with its reason when it is Undetermined.</summary>
    /// <param name="status">The status's name.</param>
    /// <param name="reason">Why it is open, when it is.</param>
    /// <returns>For example <c>Undetermined (SourceSilent)</c>.</returns>
    public static string Status(string status, UndeterminedReason? reason) => reason is { } r ? $"{status} ({r})" : status;
}
