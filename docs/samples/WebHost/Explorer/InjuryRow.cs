namespace Bars.Policy.Samples.WebHost.Explorer;

/// <summary>One injury as the form holds it: the date as typed, and whether it was on duty.</summary>
/// <param name="Date">The date as typed (the library reads it, so a wrong one gets the library's message).</param>
/// <param name="OnDuty">Whether the injury was suffered on duty.</param>
internal sealed record InjuryRow(string Date, bool OnDuty);
