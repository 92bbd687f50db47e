using Bars.Policy.Tests.Support;
using static Bars.Policy.Tests.Support.Cases;

namespace Bars.Policy.Tests.Claims;

/// <summary>Combat veteran status (C6), family privileges (C7), officials keeping their posts (C14), and I2, I4.</summary>
public sealed class BenefitClaimsTests
{
    private static EntitlementDecision Get(PolicyCase c, EntitlementKind kind) => TestEngine.Evaluate(c).Entitlement(kind);

    [Fact]
    public void C6_Kursk_members_receive_combat_veteran_status()
    {
        var status = Get(In(Regions.Kursk), EntitlementKind.CombatVeteranStatus);
        Assert.Equal(EntitlementStatus.Entitled, status.Status);
        Assert.Null(status.AmountRub);
        var f = Assert.Single(status.Findings);
        Assert.Equal(["C6"], f.Claims);
        Assert.Equal("They will also receive combat veteran status", f.Quote);
    }

    [Fact]
    public void C7_Kursk_members_families_have_war_participants_families_privileges()
    {
        var privileges = Get(In(Regions.Kursk), EntitlementKind.FamilyPrivileges);
        Assert.Equal(EntitlementStatus.Entitled, privileges.Status);
        Assert.Equal(["C7"], Assert.Single(privileges.Findings).Claims);
    }

    [Theory]
    [InlineData(Regions.Belgorod, EntitlementKind.CombatVeteranStatus)]
    [InlineData(Regions.Belgorod, EntitlementKind.FamilyPrivileges)]
    [InlineData(Regions.Bryansk, EntitlementKind.CombatVeteranStatus)]
    [InlineData(Regions.Bryansk, EntitlementKind.FamilyPrivileges)]
    public void I2_veteran_status_and_family_privileges_are_Kursk_s_elsewhere_undetermined(string region, EntitlementKind kind)
    {
        var e = Get(In(region), kind);
        Assert.Equal(EntitlementStatus.Undetermined, e.Status);
        Assert.Equal(UndeterminedReason.SourceSilent, e.UndeterminedReason);
    }

    [Fact]
    public void C14_a_Belgorod_official_who_joins_keeps_the_public_position()
    {
        var keep = Get(In(Regions.Belgorod, Man() with { PublicOfficial = true }), EntitlementKind.RetainPublicPosition);
        Assert.Equal(EntitlementStatus.Entitled, keep.Status);
        var f = Assert.Single(keep.Findings);
        Assert.Equal(["C14"], f.Claims);
        Assert.Contains("All retain their positions.", f.Quote);
    }

    [Fact]
    public void C14_I8_keeping_a_position_does_not_arise_for_a_member_who_is_not_an_official_in_any_region()
    {
        foreach (var region in Regions.All)
        {
            var keep = Get(In(region), EntitlementKind.RetainPublicPosition);
            Assert.Equal(EntitlementStatus.NotApplicable, keep.Status);
            Assert.Equal(["I8", "C14"], Assert.Single(keep.Findings).Claims);
        }
    }

    [Theory]
    [InlineData(Regions.Kursk)]
    [InlineData(Regions.Bryansk)]
    public void Silence_officials_keeping_their_posts_is_undetermined_outside_Belgorod(string region)
    {
        var keep = Get(In(region, Man() with { PublicOfficial = true }), EntitlementKind.RetainPublicPosition);
        Assert.Equal(EntitlementStatus.Undetermined, keep.Status);
        Assert.Equal(UndeterminedReason.SourceSilent, keep.UndeterminedReason);
    }

    [Fact]
    public void I4_an_ineligible_applicant_has_no_entitlements_and_the_finding_cites_the_bar()
    {
        var d = TestEngine.Evaluate(In(Regions.Kursk, Man(17) with { PublicOfficial = true }, injuries: [OnDuty()]));
        Assert.Equal(EnlistmentOutcome.Ineligible, d.Enlistment!.Outcome);
        Assert.All(d.Entitlements, e =>
        {
            Assert.Equal(EntitlementStatus.NotEntitled, e.Status);
            Assert.Null(e.AmountRub);
            var f = Assert.Single(e.Findings);
            Assert.Equal("Membership.IneligibleHaveNoEntitlements", f.RuleId);
            Assert.Equal(["C1"], f.Claims);
        });
    }

    [Fact]
    public void I4_an_undetermined_applicant_has_every_entitlement_undetermined_for_the_same_reason()
    {
        var d = TestEngine.Evaluate(In(Regions.Belgorod, Woman() with { PublicOfficial = true }));
        Assert.All(d.Entitlements, e =>
        {
            Assert.Equal(EntitlementStatus.Undetermined, e.Status);
            Assert.Equal(UndeterminedReason.SourceConflict, e.UndeterminedReason);
            Assert.Equal(["C13"], Assert.Single(e.Findings).Claims);
        });
    }

    [Fact]
    public void Every_valid_decision_has_each_entitlement_kind_once_in_enum_order()
    {
        foreach (var region in Regions.All)
        {
            var d = TestEngine.Evaluate(In(region));
            Assert.Equal(Enum.GetValues<EntitlementKind>(), d.Entitlements.Select(e => e.Kind));
            Assert.Equal([ObligationKind.RepayOneTimePayment], d.Obligations.Select(o => o.Kind));
        }
    }
}
