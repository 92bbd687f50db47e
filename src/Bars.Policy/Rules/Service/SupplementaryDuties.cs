using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Service;

/// <summary>C18: the supplementary tasks an analyst describes for BARS units in general.</summary>
[Name("Service.SupplementaryDuties")]
[Description("BARS units in every region perform supplementary tasks: rear checkpoints, watching for sabotage and reconnaissance groups, strategic sites.")]
[Tag("C18")]
internal sealed class SupplementaryDuties : Rule
{
    internal static readonly string[] Duties =
    [
        "securing rear checkpoints",
        "monitoring for sabotage and reconnaissance groups",
        "guarding strategic sites",
    ];

    public override void Define()
    {
        CaseFacts c = null!;
        When().Match(() => c);
        Then().Do(ctx => Decide.Duties(ctx, c, Citations.C18, Duties, "The supplementary tasks of BARS units in general, as a military analyst describes them."));
    }
}
