using Bars.Policy.Tests.Support;
using Bars.Policy.Verification;

namespace Bars.Policy.Tests.Verification;

/// <summary>
/// The mutation check of issue 20: each invariant over time that <see cref="PolicyEngine.Verify"/> proves fails on a
/// deliberately broken rule (a host rule in Kursk, with the shipped rule it contradicts switched off; or, where the
/// shipped rule keeps decisions complete and cannot be switched off, the engine's answer broken as that rule would),
/// with a counterexample that shows it.
/// </summary>
public sealed class TimeInvariantTests
{
    private const string Order = """
        public static class Orders
        {
            public static readonly SourceCitation Order = new("Mutant order 1", "A deliberately wrong rule.");
        }

        """;

    private static PolicyVerification Verify(string rules, params (string Rule, string Why)[] disabled)
    {
        var assembly = CompiledRuleSet.From(Order + rules);
        var engine = PolicyEngine.Create(o =>
        {
            o.AddRuleSet(assembly);
            foreach (var (rule, why) in disabled) o.DisableRule(Regions.Kursk, rule, why);
        });
        return engine.Verify([Regions.Kursk]);
    }

    private static PolicyCase CaseOf(VerificationFailure f) => PolicyJson.ReadCase(f.CaseJson).Case!;

    [Fact]
    public void Judging_enlistment_on_asOf_again_fails_JudgedOnce_I6()
    {
        var v = Verify("""
            [AppliesTo(Regions.Kursk)]
            [Name("Mutant.AgeOnAsOf")]
            [Description("Judges the age on asOf: over 65 then is Ineligible.")]
            public sealed class AgeOnAsOf : Rule
            {
                public override void Define()
                {
                    CaseFacts c = null!;
                    When().Match(() => c, x => x.Age + (x.AsOf.DayNumber - x.JudgedOn.DayNumber) / 365 > 65);
                    Then().Do(ctx => Decide.Ineligible(ctx, Orders.Order, "Over 65 on asOf."));
                }
            }
            """);

        var f = Assert.Single(v.Failures, x => x.Check == VerificationCheck.JudgedOnce);
        Assert.Contains("is Eligible on its asOf but Ineligible on", f.Message, StringComparison.Ordinal);
        Assert.Equal(["Mutant.AgeOnAsOf"], f.Rules);
        Assert.NotNull(CaseOf(f).Contract);
        Assert.Empty(TestEngine.Instance.Verify([Regions.Kursk]).Failures);
    }

    // The shipped rules that keep decisions complete (pay outside membership, nothing without a contract) cannot be
    // switched off, so those two mutants break the engine's answer instead: the decision as a broken rule would give it.
    private static Verifier.Outcome VerifyMutant(Func<PolicyDecision, PolicyDecision> mutate)
    {
        var engine = TestEngine.Instance;
        var rules = engine.RulesIn(Regions.Kursk).Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        return Verifier.Full(c => mutate(engine.Evaluate(c)), engine.ClassesOf(Regions.Kursk), rules);
    }

    private static PolicyDecision With(PolicyDecision d, EntitlementKind kind, Func<EntitlementDecision, EntitlementDecision> change) =>
        new(d.CaseId, d.Region, d.AsOf, d.Enlistment, d.Entitlements.Select(e => e.Kind == kind ? change(e) : e).ToArray(), d.Obligations, d.Service, d.Errors, d.Policy);

    [Fact]
    public void Monthly_pay_outliving_the_term_fails_OutsideMembership_I8()
    {
        // Mutant: after the term or an early termination, monthly pay stays Entitled (as a rule that forgot the term would).
        var outcome = VerifyMutant(d => d.IsValid && d.Service!.Phase is ServicePhase.Ended or ServicePhase.TerminatedEarly
            ? With(d, EntitlementKind.MonthlyPay, e => new EntitlementDecision(e.Kind, EntitlementStatus.Entitled, 1m, PaymentPeriod.Month, null, e.Findings))
            : d);

        var f = Assert.Single(outcome.Failures, x => x.Check == VerificationCheck.OutsideMembership);
        Assert.Contains("but membership ended on", f.Message, StringComparison.Ordinal);
        var c = CaseOf(f);
        var term = ContractTerm.OfMonths(c.Contract!.StartDate!.Value, c.Contract.Months!.Value)!;
        Assert.True(c.AsOf > term.End || c.Contract.TerminatedEarlyOn <= c.AsOf, $"{f.CaseJson} is within the term");
    }

    [Fact]
    public void Veteran_status_withdrawn_after_the_term_fails_ForGood_I8()
    {
        var v = Verify("""
            [AppliesTo(Regions.Kursk)]
            [Name("Mutant.VeteranWhileMember")]
            [Description("Veteran status while a member.")]
            public sealed class VeteranWhileMember : Rule
            {
                public override void Define()
                {
                    Membership m = null!;
                    When().Match(() => m, x => x.IsMember);
                    Then().Do(ctx => Decide.Entitled(ctx, EntitlementKind.CombatVeteranStatus, null, null, Orders.Order, "A veteran."));
                }
            }

            [AppliesTo(Regions.Kursk)]
            [Name("Mutant.NoVeteranAfter")]
            [Description("No veteran status after membership.")]
            public sealed class NoVeteranAfter : Rule
            {
                public override void Define()
                {
                    Membership m = null!;
                    When().Match(() => m, x => x.HasBeenMember, x => !x.IsMember);
                    Then().Do(ctx => Decide.NotEntitled(ctx, EntitlementKind.CombatVeteranStatus, Orders.Order, "No longer."));
                }
            }
            """, ("Benefits.CombatVeteranStatusInKursk", "The mutants replace it."));

        var f = Assert.Single(v.Failures, x => x.Check == VerificationCheck.ForGood);
        Assert.Equal(["Mutant.NoVeteranAfter"], f.Rules);
        Assert.StartsWith("CombatVeteranStatus, Entitled on the case's asOf, is NotEntitled on", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entitlement_without_a_contract_fails_NonMember_I7()
    {
        // Mutant: an Eligible applicant without a contract gets family privileges (the pre-I7 reading).
        var outcome = VerifyMutant(d => d.IsValid && d.Enlistment!.Outcome == EnlistmentOutcome.Eligible && d.Service!.Phase == ServicePhase.NoContract
            ? With(d, EntitlementKind.FamilyPrivileges, e => new EntitlementDecision(e.Kind, EntitlementStatus.Entitled, null, null, null, e.Findings))
            : d);

        var f = Assert.Single(outcome.Failures, x => x.Check == VerificationCheck.NonMember);
        Assert.StartsWith("An applicant without a contract is Entitled to FamilyPrivileges", f.Message, StringComparison.Ordinal);
        Assert.Null(CaseOf(f).Contract);
    }

    [Fact]
    public void Duties_in_training_fail_DutiesOutsideAssignment_I10()
    {
        var v = Verify("""
            [AppliesTo(Regions.Kursk)]
            [Name("Mutant.DutiesInTraining")]
            [Description("Duties from the first day.")]
            public sealed class DutiesInTraining : Rule
            {
                private static readonly string[] Duties = ["guard the training ground"];

                public override void Define()
                {
                    Membership m = null!;
                    When().Match(() => m, x => x.IsMember, x => x.Case.ContractDay <= 21);
                    Then().Do(ctx => Decide.Duties(ctx, Orders.Order, Duties, "Duties in training."));
                }
            }
            """);

        var f = Assert.Single(v.Failures, x => x.Check == VerificationCheck.DutiesOutsideAssignment);
        Assert.Contains("The phase is Training but", f.Message, StringComparison.Ordinal);
        Assert.Contains("day 1", f.Classes, StringComparison.Ordinal);
    }
}
