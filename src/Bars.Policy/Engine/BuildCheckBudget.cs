namespace Bars.Policy.Engine;

/// <summary>
/// What the build's check for clashing rules gives each case it evaluates: a time, and the bytes the checking
/// thread may allocate (a case of the shipped policy takes microseconds and a few kilobytes). A host rule over either
/// fails the build, named, instead of the build never returning or taking the machine's memory.
/// </summary>
/// <param name="CaseTime">How long one case may run before the build gives up on it.</param>
/// <param name="CaseBytes">How many bytes one case (any one firing of a rule in it) may allocate.</param>
internal sealed record BuildCheckBudget(TimeSpan CaseTime, long CaseBytes)
{
    /// <summary>Ten seconds and 256 MiB a case: far above any honest rule, even on a loaded machine.</summary>
    public static readonly BuildCheckBudget Default = new(TimeSpan.FromSeconds(10), 256L << 20);
}
