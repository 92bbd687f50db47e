namespace Bars.Policy;

/// <summary>An injury suffered while under contract.</summary>
/// <param name="Date">The day of the injury: on or after the contract start, not after <c>asOf</c>. Required.</param>
/// <param name="OnDuty">Whether the injury happened on duty (C5). Required.</param>
public sealed record Injury(DateOnly? Date, bool? OnDuty);
