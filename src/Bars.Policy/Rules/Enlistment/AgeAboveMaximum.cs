using Bars.Policy.Parameters;
using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Enlistment;

/// <summary>C1, I3: older than the maximum age on the evaluation date.</summary>
[Name("Enlistment.AgeAboveMaximum")]
[Description("An applicant older than the maximum age (MaximumAge), in completed years on asOf, is Ineligible.")]
[Tag("C1")]
[Tag("I3")]
internal sealed class AgeAboveMaximum : Rule
{
    public override void Define()
    {
        CaseFacts c = null!;
        When().Match(() => c, x => x.Age > x.Whole(Parameter.MaximumAge));
        Then().Do(ctx => Recorder.Ineligible(ctx, c.Stated(Parameter.MaximumAge)!.Citation, Text(c), Claims.C1));
    }

    internal static string Text(CaseFacts c) =>
        $"Aged {c.Age} on {c.AsOf:yyyy-MM-dd}: older than the maximum age of {c.Whole(Parameter.MaximumAge)}; Ineligible.";
}
