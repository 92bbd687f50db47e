using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Service;

/// <summary>C16: what BARS-Belgorod does.</summary>
[AppliesTo(Regions.Belgorod)]
[Name("Service.BelgorodDuties")]
[Description("BARS-Belgorod guards vital infrastructure, combats drones, organises evacuations, upholds public order and helps repair homes.")]
[Tag("C16")]
internal sealed class BelgorodDuties : Rule
{
    internal static readonly string[] Duties =
    [
        "guarding vital infrastructure, such as seven key bridges",
        "combating drones",
        "organising evacuations",
        "upholding public order",
        "working with construction brigades to repair homes damaged by shelling",
    ];

    public override void Define()
    {
        CaseFacts c = null!;
        When().Match(() => c, x => x.Region == Regions.Belgorod);
        Then().Do(ctx => Decide.Duties(ctx, c, Citations.C16, Duties, "The duties of BARS-Belgorod."));
    }
}
