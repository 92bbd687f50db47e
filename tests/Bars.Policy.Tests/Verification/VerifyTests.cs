using Bars.Policy.Tests.Support;
using Bars.Policy.Verification;

namespace Bars.Policy.Tests.Verification;

/// <summary>The shipped policy's verification, computed once for the tests that read it (it evaluates over a
/// million cases).</summary>
public sealed class ShippedVerification
{
    public PolicyVerification Result { get; } = TestEngine.Instance.Verify();
}

/// <summary>Verify proves the shipped policy over every class combination and finds what a host configuration breaks.</summary>
public sealed class VerifyTests(ShippedVerification shipped) : IClassFixture<ShippedVerification>
{
    [Fact]
    public void The_shipped_policy_verifies_clean_in_every_region_with_every_rule_firing_and_every_claim_cited()
    {
        var v = shipped.Result;

        Assert.True(v.IsClean, v.ToText());
        Assert.Equal(Regions.All, v.Regions.Select(r => r.Region));
        foreach (var r in v.Regions)
        {
            // age 4 + 2 turning mid-contract, sex, 7 flags, months, 6 phases, 3 terminations, 3 counts on duty, 4 off duty.
            var months = r.Region == Regions.Bryansk ? 7 : 2;
            Assert.Equal(6L * 2 * 128 * months * 6 * 3 * 3 * 4, r.Combinations);
            Assert.InRange(r.Cases, 100_000, r.Combinations);
            Assert.Equal((0L, 0L, 0L), (r.Clashes, r.Gaps, r.Failed));
            Assert.Empty(r.Unread);
        }

        Assert.Empty(v.DeadRules);
        Assert.Empty(v.UncoveredClaims);
        Assert.Equal(TestEngine.Instance.Policy, v.Policy);

        // A rule written for other regions' parameters fires for no case where they are not stated; it is not dead.
        Assert.Contains("Payment.MonthlyPayAtRegionalRate", v.Regions.Single(r => r.Region == Regions.Kursk).RulesNotFired);
        Assert.DoesNotContain("Payment.MonthlyPayAtRegionalRate", v.Regions.Single(r => r.Region == Regions.Bryansk).RulesNotFired);
        Assert.Same(v, v.EnsureClean());

        // Issue 22: the report said "rules that fire for no case here" per region, then "0 dead rules".
        var report = v.ToText();
        Assert.DoesNotContain("fire for no case here", report, StringComparison.Ordinal);
        Assert.Contains("not called for here (each fires in another region, so none is dead): ", report, StringComparison.Ordinal);
    }

    [Fact]
    public void A_host_rule_that_clashes_with_a_shipped_rule_is_refused_at_build_naming_both_and_a_case()
    {
        var rules = CompiledRuleSet.From("""
            [AppliesTo(Regions.Bryansk)]
            [Name("Host.BryanskPay")]
            [Description("Bryansk members are paid 45,000 roubles a month.")]
            public sealed class BryanskPay : Rule
            {
                public static readonly SourceCitation Order = new("Bryansk order 9", "Members are paid 45,000 roubles a month.");
                public override void Define()
                {
                    Membership m = null!;
                    When().Match(() => m, x => x.IsMember);
                    Then().Do(ctx => Decide.Entitled(ctx, EntitlementKind.MonthlyPay, 45_000m, PaymentPeriod.Month, Order, "Paid by the order."));
                }
            }
            """);

        var refused = Assert.Throws<PolicyConfigurationException>(() => PolicyEngine.Create(o => o.AddRuleSet(rules)));

        var failure = Assert.Single(refused.Failures);
        Assert.StartsWith("In Bryansk, 'Payment.MonthlyPayAtRegionalRate' and 'Host.BryanskPay' both decide MonthlyPay: for instance ", failure, StringComparison.Ordinal);
        var json = failure[(failure.IndexOf("the case ", StringComparison.Ordinal) + "the case ".Length)..];
        var counterexample = PolicyJson.ReadCase(json).Case!;
        Assert.Equal(Regions.Bryansk, counterexample.Region);
        // The smallest case: a plain member, on the first day of his contract (without one nobody is a member, I7).
        Assert.Equal(counterexample.AsOf, counterexample.Contract!.StartDate);
        Assert.Equal(EnlistmentOutcome.Eligible, TestEngine.Instance.EvaluateJson(json).Enlistment!.Outcome);

        // Without the clash (the shipped rule switched off for Bryansk), the same rule set builds and verifies.
        var replaced = PolicyEngine.Create(o => o.AddRuleSet(rules).DisableRule(Regions.Bryansk, "Payment.MonthlyPayAtRegionalRate", "Replaced by Bryansk order 9."));
        Assert.Equal(45_000m, replaced.EvaluateJson(json).Entitlement(EntitlementKind.MonthlyPay).AmountRub);
    }

    [Fact]
    public void Verify_finds_a_clash_the_build_check_misses_and_a_throwing_rule_a_dead_rule_and_an_uncovered_claim_each_with_its_smallest_case()
    {
        var rules = CompiledRuleSet.From("""
            public static class Orders
            {
                public static readonly SourceCitation Order = new("Verifyland order 4", "Officials who served and are medics are paid.");
            }

            [AppliesTo("Verifyland")]
            [Name("Verifyland.PaidMedicOfficials")]
            [Description("A member who is an official, a former war participant and a medic receives 1 rouble once.")]
            public sealed class PaidMedicOfficials : Rule
            {
                public override void Define()
                {
                    Membership m = null!;
                    When().Match(() => m, x => x.IsMember, x => x.Case.PublicOfficial, x => x.Case.FormerWarParticipant, x => x.Case.MedicalQualification);
                    Then().Do(ctx => Decide.Entitled(ctx, EntitlementKind.FamilyPrivileges, null, null, Orders.Order, "One."));
                }
            }

            [AppliesTo("Verifyland")]
            [Name("Verifyland.MedicPrivileges")]
            [Description("A medic member's family has privileges.")]
            public sealed class MedicPrivileges : Rule
            {
                public override void Define()
                {
                    Membership m = null!;
                    When().Match(() => m, x => x.IsMember, x => x.Case.MedicalQualification, x => x.Case.PublicOfficial, x => x.Case.FormerWarParticipant);
                    Then().Do(ctx => Decide.Entitled(ctx, EntitlementKind.FamilyPrivileges, null, null, Orders.Order, "Two."));
                }
            }

            [AppliesTo("Verifyland")]
            [Name("Verifyland.FortyTwo")]
            [Description("Fails for members aged 42.")]
            public sealed class FortyTwo : Rule
            {
                public override void Define()
                {
                    Membership m = null!;
                    When().Match(() => m, x => x.IsMember, x => x.Case.Age == 42);
                    Then().Do(ctx => Throw());
                }

                private static void Throw() => throw new InvalidOperationException("42 is not handled.");
            }

            [AppliesTo("Verifyland")]
            [Name("Verifyland.Never")]
            [Description("Fires for a negative number of injuries, which no case has.")]
            public sealed class Never : Rule
            {
                public override void Define()
                {
                    Membership m = null!;
                    When().Match(() => m, x => x.IsMember, x => x.Case.OnDutyInjuries < 0);
                    Then().Do(ctx => Decide.Entitled(ctx, EntitlementKind.CombatVeteranStatus, null, null, Orders.Order, "Never."));
                }
            }
            """);
        var engine = PolicyEngine.Create(o => o.AddRegion("Verifyland").AddRuleSet(rules).DisableRule(Regions.Belgorod, "Service.BelgorodDuties", "Not in this test."));

        var v = engine.Verify();

        Assert.False(v.IsClean);
        Assert.Equal(["Verifyland.Never"], v.DeadRules);
        Assert.Equal(["C16"], v.UncoveredClaims); // only Belgorod's duties cite it
        var verifyland = v.Regions.Single(r => r.Region == "Verifyland");
        Assert.True(verifyland.Clashes > 0);
        Assert.Equal(0, verifyland.Gaps);
        Assert.All(v.Regions.Where(r => r.Region != "Verifyland"), r => Assert.Equal(0, r.Failed));

        var clash = Assert.Single(v.Failures, f => f.Check == VerificationCheck.Clash);
        Assert.Equal(["Verifyland.MedicPrivileges", "Verifyland.PaidMedicOfficials"], clash.Rules.Order(StringComparer.Ordinal));
        Assert.Contains("both decide FamilyPrivileges", clash.Message, StringComparison.Ordinal);
        var c = PolicyJson.ReadCase(clash.CaseJson).Case!;
        Assert.Equal((true, true, true, false, false), (c.Applicant!.PublicOfficial, c.Applicant.FormerWarParticipant, c.Applicant.MedicalQualification, c.Applicant.CriminalConviction, c.Applicant.HealthRestriction));
        Assert.Equal(c.AsOf, c.Contract!.StartDate); // members only: a contract from asOf (I7)
        Assert.Throws<PolicyEvaluationException>(() => engine.EvaluateJson(clash.CaseJson));

        var thrown = Assert.Single(v.Failures, f => f.Check == VerificationCheck.Throws);
        Assert.Equal(["Verifyland.FortyTwo"], thrown.Rules);
        Assert.Contains("42 is not handled.", thrown.Message, StringComparison.Ordinal);
        var aged = PolicyJson.ReadCase(thrown.CaseJson).Case!;
        Assert.Equal(42, aged.AsOf!.Value.Year - aged.Applicant!.BirthDate!.Value.Year);
        Assert.Contains("age 42", thrown.Classes, StringComparison.Ordinal);

        var report = v.ToText();
        Assert.Contains(clash.CaseJson, report, StringComparison.Ordinal);
        Assert.Contains("Dead rules (fire for no case): Verifyland.Never", report, StringComparison.Ordinal);
        var error = Assert.Throws<PolicyVerificationException>(() => v.EnsureClean());
        Assert.Equal(report, error.Message);
    }
    [Fact]
    public void A_finding_that_cites_what_its_rule_does_not_name_in_a_tag_fails_verify_naming_the_rule()
    {
        // A rule names its claims once, in its [Tag]s; its findings cite those (issue 21). Here the tag and the
        // citation drifted apart.
        var rules = CompiledRuleSet.From("""
            [AppliesTo("Tagland")]
            [Name("Tagland.CombatVeteranStatus")]
            [Description("Tagland members have combat veteran status for good.")]
            [Tag("Tagland order 1")]
            public sealed class TaglandStatus : Rule
            {
                public static readonly SourceCitation Order2 = new("Tagland order 2", "Members of the Tagland unit are combat veterans.");

                public override void Define()
                {
                    Membership m = null!;
                    When().Match(() => m, x => x.HasBeenMember);
                    Then().Do(ctx => Decide.Entitled(ctx, EntitlementKind.CombatVeteranStatus, null, null, m.Period!.Start, null, Order2, "Status."));
                }
            }
            """);
        var engine = PolicyEngine.Create(o => o.AddRegion("Tagland").AddRuleSet(rules));

        var v = engine.Verify(["Tagland"]);

        var failure = Assert.Single(v.Failures);
        Assert.Equal(VerificationCheck.Citation, failure.Check);
        Assert.Equal(["Tagland.CombatVeteranStatus"], failure.Rules);
        Assert.Contains("cites 'Tagland order 2', which its rule does not name in a [Tag]", failure.Message, StringComparison.Ordinal);
    }
}
