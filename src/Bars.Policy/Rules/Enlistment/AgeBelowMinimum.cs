using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Enlistment;

/// <summary>C1, I3: younger than 18 on the evaluation date.</summary>
[UsesParameters(Parameter.MinimumAge)]
[Name("Enlistment.AgeBelowMinimum")]
[Description("An applicant younger than 18 in completed years on asOf is Ineligible.")]
[Tag("C1")]
[Tag("I3")]
internal sealed class AgeBelowMinimum : Rule
{
    public override void Define()
    {
        CaseFacts c = null!;
        When().Match(() => c, x => x.Age < x.Parameters.MinimumAge.AsInt);
        Then().Do(ctx => Decide.Bar(ctx, c, Citations.C1, Text(c)));
    }

    internal static string Text(CaseFacts c) =>
        $"Aged {c.Age} on {c.AsOf:yyyy-MM-dd}: younger than the minimum age of {c.Parameters.MinimumAge.AsInt}; Ineligible.";
}
