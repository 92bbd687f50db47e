using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Enlistment;

/// <summary>C1, I3: older than 65 on the evaluation date.</summary>
[UsesParameters(Parameter.MaximumAge)]
[Name("Enlistment.AgeAboveMaximum")]
[Description("An applicant older than 65 in completed years on asOf is Ineligible.")]
[Tag("C1")]
[Tag("I3")]
internal sealed class AgeAboveMaximum : Rule
{
    public override void Define()
    {
        CaseFacts c = null!;
        When().Match(() => c, x => x.Age > x.Parameters.MaximumAge.AsInt);
        Then().Do(ctx => Decide.Bar(ctx, c, Citations.C1, Text(c)));
    }

    internal static string Text(CaseFacts c) =>
        $"Aged {c.Age} on {c.AsOf:yyyy-MM-dd}: older than the maximum age of {c.Parameters.MaximumAge.AsInt}; Ineligible.";
}
