using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Service;

/// <summary>C17: what the Bryansk squad does.</summary>
[AppliesTo(Regions.Bryansk)]
[Name("Service.BryanskDuties")]
[Description("The Bryansk squad guards critically important sites and protects civilians.")]
[Tag("C17")]
internal sealed class BryanskDuties : Rule
{
    internal static readonly string[] Duties =
    [
        "guarding critically important sites",
        "protecting civilians",
    ];

    public override void Define()
    {
        CaseFacts c = null!;
        When().Match(() => c, x => x.Region == Regions.Bryansk);
        Then().Do(ctx => Decide.Duties(ctx, c, Citations.C17, Duties, "The duties of the Bryansk squad."));
    }
}
