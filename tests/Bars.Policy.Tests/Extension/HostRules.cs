using Bars.Policy.Rules;
using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Tests.Extension;

// A host's rule set, as a host assembly would ship it. Testland is a made-up region for tests, not policy.

/// <summary>A host region's own enlistment rule: in Testland, convicts are barred (the shipped source is silent).</summary>
[AppliesTo(HostRules.Testland)]
[Name("Testland.ConvictsAreBarred")]
[Description("In Testland, an applicant with a criminal conviction is Ineligible.")]
[Tag("Testland order 1")]
public sealed class TestlandConvictsAreBarred : Rule
{
    public override void Define()
    {
        CaseFacts c = null!;
        When().Match(() => c, x => x.CriminalConviction);
        Then().Do(ctx => Decide.Ineligible(ctx, HostRules.Order1, "Testland bars applicants with a criminal conviction."));
    }
}

/// <summary>A host region's own benefit: Testland members receive combat veteran status.</summary>
[AppliesTo(HostRules.Testland)]
[Name("Testland.CombatVeteranStatus")]
[Description("Testland members receive combat veteran status.")]
[Tag("Testland order 1")]
public sealed class TestlandCombatVeteranStatus : Rule
{
    public override void Define()
    {
        Membership m = null!;
        When().Match(() => m, x => x.IsMember);
        Then().Do(ctx => Decide.Entitled(ctx, EntitlementKind.CombatVeteranStatus, null, null, HostRules.Order1, "Testland grants combat veteran status."));
    }
}

/// <summary>A replacement for a shipped Kursk rule: a woman without a medical qualification is left open, not barred.</summary>
[AppliesTo(Regions.Kursk)]
[Name("Host.KurskWomenWithoutMedicalQualificationUnderReview")]
[Description("In Kursk, a woman without a medical qualification is Undetermined while the host reviews the rule.")]
[Tag("Kursk review 2025")]
public sealed class KurskWomenUnderReview : Rule
{
    public override void Define()
    {
        CaseFacts c = null!;
        When().Match(() => c, x => x.IsWoman && !x.MedicalQualification);
        Then().Do(ctx => Decide.EnlistmentUndetermined(ctx, UndeterminedReason.SourceSilent, HostRules.KurskReview, "The Kursk rule on women is under review."));
    }
}

public static class HostRules
{
    public const string Testland = "Testland";

    public static readonly SourceCitation Order1 = new("Testland order 1", "Members of the Testland unit are combat veterans; convicts are not enlisted.");

    public static readonly SourceCitation KurskReview = new("Kursk review 2025", "The rule on women's medical qualifications is under review.");
}
