using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Service;

/// <summary>C15: what BARS-Kursk does.</summary>
[AppliesTo(Regions.Kursk)]
[Name("Service.KurskDuties")]
[Description("BARS-Kursk provides security in eight districts, guards checkpoints and maintains order.")]
[Tag("C15")]
internal sealed class KurskDuties : Rule
{
    internal static readonly string[] Duties =
    [
        "security in eight districts where some residents remain despite evacuations",
        "guarding checkpoints",
        "maintaining order",
    ];

    public override void Define()
    {
        CaseFacts c = null!;
        When().Match(() => c, x => x.Region == Regions.Kursk);
        Then().Do(ctx => Decide.Duties(ctx, c, Citations.C15, Duties, "The duties of BARS-Kursk."));
    }
}
