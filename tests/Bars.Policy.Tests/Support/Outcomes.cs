namespace Bars.Policy.Tests.Support;

/// <summary>Every outcome of a valid decision with its findings: enlistment, service, each entitlement and obligation.</summary>
internal static class Outcomes
{
    public static IEnumerable<IReadOnlyList<Finding>> FindingsOf(PolicyDecision d)
    {
        yield return d.Enlistment!.Findings;
        yield return d.Service!.Findings;
        foreach (var e in d.Entitlements) yield return e.Findings;
        foreach (var o in d.Obligations) yield return o.Findings;
    }
}
