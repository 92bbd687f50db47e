using Bars.Policy.Rules;
using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Tests.Engine;

/// <summary>
/// A host rule with a defect, for the batch tests: its action throws, for the one test case it is written for only
/// (the test assembly is a rule set other tests load as well).
/// </summary>
public static class FaultyHostRules
{
    public const string CaseId = "faulty-host-rule";

    public const string Message = "the host rule's own defect";

    /// <summary>What the faulty action calls: it always throws.</summary>
    public static void Fail(CaseFacts facts) => throw new InvalidOperationException($"{Message} ({facts.CaseId})");
}

/// <summary>Throws from its action for <see cref="FaultyHostRules.CaseId"/>, as a host's bug would.</summary>
[Name("Host.FaultyForOneCase")]
[Description("The test case for a host rule's defect makes its action throw.")]
[Tag("Faulty order 1")]
public sealed class FaultyForOneCase : Rule
{
    public override void Define()
    {
        CaseFacts c = null!;
        When().Match(() => c, x => x.CaseId == FaultyHostRules.CaseId);
        Then().Do(ctx => FaultyHostRules.Fail(c));
    }
}
