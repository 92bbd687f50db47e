namespace Bars.Policy;

/// <summary>An injury, dated (I12).</summary>
/// <param name="Date">The day of the injury, not after <c>asOf</c>; an injury on duty falls within the contract's days in
/// force (there is no duty outside them). Required.</param>
/// <param name="OnDuty">Whether the injury happened on duty (C5). Required.</param>
public sealed record Injury(DateOnly? Date, bool? OnDuty);
