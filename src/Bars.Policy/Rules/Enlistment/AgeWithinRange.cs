using Bars.Policy.Parameters;
using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Enlistment;

/// <summary>C1, I3: aged from the minimum to the maximum age inclusive, in completed years on the day enlistment is judged (I6).</summary>
[Name("Enlistment.AgeWithinRange")]
[Description("An applicant aged from the minimum to the maximum age (MinimumAge to MaximumAge, inclusive, completed years on the day enlistment is judged, I6) meets the age condition.")]
[Tag("C1")]
[Tag("I3")]
[Tag("I6")]
internal sealed class AgeWithinRange : Rule
{
    public override void Define()
    {
        CaseFacts c = null!;
        When().Match(() => c,
            x => x.Age >= x.Whole(Parameter.MinimumAge),
            x => x.Age <= x.Whole(Parameter.MaximumAge));
        Then().Do(ctx => Recorder.ConditionMet(ctx, c.Stated(Parameter.MinimumAge)!.Citation, Text(c), c.Stated(Parameter.MaximumAge)!.Citation, Claims.C1));
    }

    internal static FindingText Text(CaseFacts c) => FindingText.Of(c, static c =>
        $"Aged {c.Age} on {c.JudgedOn:yyyy-MM-dd}: within {c.Whole(Parameter.MinimumAge)} to {c.Whole(Parameter.MaximumAge)} inclusive (I3).");
}
