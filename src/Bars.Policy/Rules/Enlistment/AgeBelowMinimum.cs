using Bars.Policy.Parameters;
using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Enlistment;

/// <summary>C1, I3: younger than the minimum age on the day enlistment is judged (I6).</summary>
[Name("Enlistment.AgeBelowMinimum")]
[Description("An applicant younger than the minimum age (MinimumAge), in completed years on the day enlistment is judged (the contract's start, else asOf; I6), is Ineligible.")]
[Tag("C1")]
[Tag("I3")]
[Tag("I6")]
internal sealed class AgeBelowMinimum : Rule
{
    public override void Define()
    {
        CaseFacts c = null!;
        When().Match(() => c, x => x.Age < x.Whole(Parameter.MinimumAge));
        Then().Do(ctx => Recorder.Ineligible(ctx, c.Stated(Parameter.MinimumAge)!.Citation, Text(c), Claims.C1));
    }

    internal static FindingText Text(CaseFacts c) => FindingText.Of(c, static c =>
        $"Aged {c.Age} on {c.JudgedOn:yyyy-MM-dd}: younger than the minimum age of {c.Whole(Parameter.MinimumAge)}; Ineligible.");
}
