using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.WebHost.Tests.Support;

/// <summary>A host rule with a defect: its action throws for the one test case it is written for.</summary>
[Name("Host.FaultyForOneWebCase")]
[Description("The web test case for a host rule's defect makes its action throw.")]
[Tag("Faulty web order 1")]
public sealed class FaultyForOneWebCase : Rule
{
    public const string CaseId = "faulty-web-case";

    public const string Message = "the host rule's own defect";

    public override void Define()
    {
        CaseFacts c = null!;
        When().Match(() => c, x => x.CaseId == CaseId);
        Then().Do(ctx => Fail(c));
    }

    public static void Fail(CaseFacts facts) => throw new InvalidOperationException($"{Message} ({facts.CaseId})");
}
