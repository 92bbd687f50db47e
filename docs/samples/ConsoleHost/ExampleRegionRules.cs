using Bars.Policy.Rules;
using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Samples.ConsoleHost;

// EXAMPLE ONLY. "Exampleshire" and its orders are fictitious: they show the extension API, they are not policy.

/// <summary>The fictitious region's name and its (fictitious) sources.</summary>
public static class Exampleshire
{
    public const string Region = "Exampleshire";

    public static readonly SourceCitation Order1 = new(
        "Exampleshire order 1 (fictitious example)",
        "Members of the Exampleshire unit receive combat veteran status and 45,000 roubles a month.");
}

/// <summary>Exampleshire's own rule: its members receive combat veteran status.</summary>
[AppliesTo(Exampleshire.Region)]
[Name("Exampleshire.CombatVeteranStatus")]
[Description("Exampleshire members receive combat veteran status (fictitious example).")]
[Tag("Exampleshire order 1 (fictitious example)")]
public sealed class ExampleshireCombatVeteranStatus : Rule
{
    public override void Define()
    {
        Membership m = null!;
        // A status, held from the first day of membership for good (I8), like the shipped Kursk rule.
        When().Match(() => m, x => x.HasBeenMember);
        Then().Do(ctx => Decide.Entitled(ctx, EntitlementKind.CombatVeteranStatus, null, null, m.Period!.Start, null, Exampleshire.Order1,
            "Exampleshire grants its members combat veteran status."));
    }
}
