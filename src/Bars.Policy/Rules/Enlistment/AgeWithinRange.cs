using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Enlistment;

/// <summary>C1, I3: aged 18 to 65 inclusive, in completed years on the evaluation date.</summary>
[UsesParameters(Parameter.MinimumAge, Parameter.MaximumAge)]
[Name("Enlistment.AgeWithinRange")]
[Description("An applicant aged 18 to 65 (inclusive, completed years on asOf) meets the age condition.")]
[Tag("C1")]
[Tag("I3")]
internal sealed class AgeWithinRange : Rule
{
    public override void Define()
    {
        CaseFacts c = null!;
        When().Match(() => c,
            x => x.Age >= x.Parameters.MinimumAge.AsInt,
            x => x.Age <= x.Parameters.MaximumAge.AsInt);
        Then().Do(ctx => Decide.Pass(ctx, c, Citations.C1, Text(c)));
    }

    internal static string Text(CaseFacts c) =>
        $"Aged {c.Age} on {c.AsOf:yyyy-MM-dd}: within {c.Parameters.MinimumAge.AsInt} to {c.Parameters.MaximumAge.AsInt} inclusive (I3).";
}
