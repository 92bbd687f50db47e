using Bars.Policy.Parameters;
using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Enlistment;

/// <summary>C1, I3: older than the maximum age on the day enlistment is judged (I6).</summary>
[Name("Enlistment.AgeAboveMaximum")]
[Description("An applicant older than the maximum age (MaximumAge), in completed years on the day enlistment is judged (the contract's start, else asOf; I6), is Ineligible.")]
[Tag("C1")]
[Tag("I3")]
[Tag("I6")]
internal sealed class AgeAboveMaximum : Rule
{
    public override void Define()
    {
        CaseFacts c = null!;
        When().Match(() => c, x => x.Age > x.Whole(Parameter.MaximumAge));
        Then().Do(ctx => Recorder.Ineligible(ctx, c.Stated(Parameter.MaximumAge)!.Citation, Text(c), Claims.C1));
    }

    internal static FindingText Text(CaseFacts c) => FindingText.Of(c, static c =>
        $"Aged {c.Age} on {c.JudgedOn:yyyy-MM-dd}: older than the maximum age of {c.Whole(Parameter.MaximumAge)}; Ineligible.");
}
