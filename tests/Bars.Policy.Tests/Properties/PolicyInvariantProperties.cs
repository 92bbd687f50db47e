using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Properties;

/// <summary>
/// The invariants of the policy, each a property over generated cases (see <see cref="PolicyArbitraries"/>).
/// A failure prints the shrunk case as JSON.
/// </summary>
public sealed class PolicyInvariantProperties
{
    private static PolicyDecision Evaluate(CaseSpec s)
    {
        var d = TestEngine.Evaluate(s.ToCase());
        Assert.True(d.IsValid, $"a generated case is invalid: {string.Join("; ", d.Errors)}");
        return d;
    }

    [PolicyProperty]
    public void C1_I3_outside_18_to_65_the_applicant_is_ineligible(CaseSpec s, bool young)
    {
        var outside = s with { AgeYears = young ? Math.Min(s.AgeYears % 18, 17) : 66 + (s.AgeYears % 35), DayBeforeNextBirthday = false };
        Assert.Equal(EnlistmentOutcome.Ineligible, Evaluate(outside).Enlistment!.Outcome);
    }

    [PolicyProperty]
    public void C1_I3_inside_18_to_65_the_outcome_does_not_depend_on_the_age(CaseSpec s, byte other)
    {
        var a = s with { AgeYears = 18 + (s.AgeYears % 48) };
        var b = s with { AgeYears = 18 + (other % 48) };
        Assert.Equal(Outcomes(Evaluate(a)), Outcomes(Evaluate(b)));
    }

    [PolicyProperty]
    public void C2_C3_a_health_restriction_or_missing_limb_is_never_eligible(CaseSpec s, bool limb)
    {
        var restricted = limb ? s with { MissingLimbOrProsthesis = true } : s with { HealthRestriction = true };
        Assert.Equal(EnlistmentOutcome.Ineligible, Evaluate(restricted).Enlistment!.Outcome);
    }

    [PolicyProperty]
    public void I4_I7_entitlements_belong_to_members_only(CaseSpec s)
    {
        var c = s.ToCase();
        var d = Evaluate(s);
        var position = d.Entitlement(EntitlementKind.RetainPublicPosition);
        var others = d.Entitlements.Where(e => e.Kind != EntitlementKind.RetainPublicPosition).ToArray();

        // I8: keeping a post does not arise for someone who holds none, whatever else.
        if (!s.PublicOfficial) Assert.Equal(EntitlementStatus.NotApplicable, position.Status);
        switch (d.Enlistment!.Outcome)
        {
            case EnlistmentOutcome.Ineligible:
                Assert.All(others, e => Assert.Equal(EntitlementStatus.NotEntitled, e.Status));
                if (s.PublicOfficial) Assert.Equal(EntitlementStatus.NotEntitled, position.Status);
                break;
            case EnlistmentOutcome.Undetermined when c.Contract is null:
                // I7: without a contract nobody is a member, whatever the enlistment would be.
                Assert.All(others, e => Assert.Equal(EntitlementStatus.NotEntitled, e.Status));
                if (s.PublicOfficial) Assert.Equal(EntitlementStatus.NotApplicable, position.Status);
                break;
            case EnlistmentOutcome.Undetermined:
                Assert.All(s.PublicOfficial ? d.Entitlements : others, e =>
                {
                    Assert.Equal(EntitlementStatus.Undetermined, e.Status);
                    Assert.Equal(d.Enlistment.UndeterminedReason, e.UndeterminedReason);
                });
                break;
        }

        // Never a member under the case (Ineligible, or no contract): nothing Entitled.
        if (d.Enlistment.Outcome == EnlistmentOutcome.Ineligible || c.Contract is null)
        {
            Assert.DoesNotContain(d.Entitlements, e => e.Status == EntitlementStatus.Entitled);
        }
    }

    // claims.md, "Silence, by region": each answers Undetermined, source silent — where the question arises on asOf
    // (I8): monthly pay and a kept post while a member, statuses once membership began, the rest for any enlisted case.
    private static readonly Dictionary<string, EntitlementKind[]> Silent = new()
    {
        [Regions.Kursk] = [EntitlementKind.MonthlyPay, EntitlementKind.OneTimePayment, EntitlementKind.RetainPublicPosition],
        [Regions.Belgorod] = [EntitlementKind.InjuryCompensation, EntitlementKind.CombatVeteranStatus, EntitlementKind.FamilyPrivileges, EntitlementKind.OneTimePayment],
        [Regions.Bryansk] = [EntitlementKind.InjuryCompensation, EntitlementKind.CombatVeteranStatus, EntitlementKind.FamilyPrivileges, EntitlementKind.RetainPublicPosition],
    };

    private static bool Arises(EntitlementKind kind, PolicyCase c, CaseSpec s)
    {
        var k = c.Contract!;
        var start = k.StartDate!.Value;
        var last = (k.TerminatedEarlyOn ?? start.AddMonths(k.Months!.Value)).AddDays(-1);
        var asOf = c.AsOf!.Value;
        var member = start <= asOf && asOf <= last;
        var hasBeenMember = start <= asOf && start <= last;
        return kind switch
        {
            EntitlementKind.MonthlyPay => member,
            EntitlementKind.RetainPublicPosition => member && s.PublicOfficial,
            EntitlementKind.CombatVeteranStatus or EntitlementKind.FamilyPrivileges => hasBeenMember,
            _ => true,
        };
    }

    [PolicyProperty]
    public void Silence_is_never_a_guess_silent_entitlements_are_undetermined_for_every_eligible_applicant(CaseSpec s)
    {
        var c = s.ToCase();
        var d = Evaluate(s);
        if (d.Enlistment!.Outcome != EnlistmentOutcome.Eligible || c.Contract is null) return;
        foreach (var kind in Silent[s.Region].Where(k => Arises(k, c, s)))
        {
            var e = d.Entitlement(kind);
            Assert.Equal(EntitlementStatus.Undetermined, e.Status);
            Assert.Equal(UndeterminedReason.SourceSilent, e.UndeterminedReason);
            Assert.Null(e.AmountRub);
        }
    }

    [PolicyProperty]
    public void C12_C13_in_Bryansk_flipping_sex_never_changes_the_decision(CaseSpec s)
    {
        var bryansk = s with { Region = Regions.Bryansk };
        var flipped = bryansk with { Sex = bryansk.Sex == Sex.Male ? Sex.Female : Sex.Male };
        Assert.Equal(PolicyJson.Write(Evaluate(bryansk)), PolicyJson.Write(Evaluate(flipped)));
    }

    [PolicyProperty]
    public void C12_in_Kursk_a_woman_without_a_medical_qualification_is_never_eligible_and_with_one_the_general_rules_decide(CaseSpec s)
    {
        var kurskWoman = s with { Region = Regions.Kursk, Sex = Sex.Female };
        Assert.Equal(EnlistmentOutcome.Ineligible, Evaluate(kurskWoman with { MedicalQualification = false }).Enlistment!.Outcome);

        // With the qualification she is decided as a man would be.
        var qualified = kurskWoman with { MedicalQualification = true };
        Assert.Equal(Evaluate(qualified with { Sex = Sex.Male }).Enlistment!.Outcome, Evaluate(qualified).Enlistment!.Outcome);
    }

    [PolicyProperty]
    public void C13_in_Belgorod_a_woman_is_never_eligible_and_is_undetermined_unless_a_stated_bar_applies(CaseSpec s)
    {
        var woman = s with { Region = Regions.Belgorod, Sex = Sex.Female };
        var asMan = Evaluate(woman with { Sex = Sex.Male }).Enlistment!.Outcome;
        var e = Evaluate(woman).Enlistment!;
        Assert.Equal(asMan == EnlistmentOutcome.Ineligible ? EnlistmentOutcome.Ineligible : EnlistmentOutcome.Undetermined, e.Outcome);
        if (e.Outcome == EnlistmentOutcome.Undetermined) Assert.Equal(UndeterminedReason.SourceConflict, e.UndeterminedReason);
    }

    [PolicyProperty]
    public void C10_C11_repayment_is_owed_only_after_an_early_termination_and_equals_the_one_time_payment(CaseSpec s)
    {
        var c = s.ToCase();
        var d = Evaluate(s);
        var repay = d.Obligation(ObligationKind.RepayOneTimePayment);
        var once = d.Entitlement(EntitlementKind.OneTimePayment);
        var terminatedEarly = c.Contract?.TerminatedEarlyOn is not null;
        if (repay.Status == ObligationStatus.Owed)
        {
            Assert.True(terminatedEarly);
            Assert.Equal(EntitlementStatus.Entitled, once.Status);
            Assert.Equal(once.AmountRub, repay.AmountRub);
        }
        else
        {
            Assert.Null(repay.AmountRub);
        }

        if (!terminatedEarly) Assert.Equal(ObligationStatus.NotOwed, repay.Status);
        if (terminatedEarly && once.Status == EntitlementStatus.Entitled) Assert.Equal(ObligationStatus.Owed, repay.Status);
    }

    [PolicyProperty]
    public void C4_I10_a_members_phase_follows_the_contract_and_duties_come_only_while_assigned(CaseSpec s)
    {
        var c = s.ToCase();
        var d = Evaluate(s);
        var service = d.Service!;
        Assert.Equal(service.Phase == ServicePhase.Assigned, service.Duties.Count > 0);
        if (d.Enlistment!.Outcome == EnlistmentOutcome.Ineligible) return;
        if (c.Contract is not { } k)
        {
            Assert.Equal(ServicePhase.NoContract, service.Phase);
            Assert.Null(service.TrainingEndsOn);
            return;
        }

        if (d.Enlistment.Outcome != EnlistmentOutcome.Eligible) return;
        Assert.Null(service.UndeterminedReason);
        var start = k.StartDate!.Value;
        var endOfTerm = start.AddMonths(k.Months!.Value).AddDays(-1);
        var asOf = c.AsOf!.Value;
        var day = asOf.DayNumber - start.DayNumber + 1;
        var expected =
            asOf < start ? ServicePhase.NotStarted
            : k.TerminatedEarlyOn is { } t && asOf >= t ? ServicePhase.TerminatedEarly
            : asOf > endOfTerm ? ServicePhase.Ended
            : day <= 21 ? ServicePhase.Training
            : ServicePhase.Assigned;
        Assert.Equal(expected, service.Phase);
        Assert.Equal(start.AddDays(20), service.TrainingEndsOn);
    }

    [PolicyProperty]
    public void I4_service_is_a_members_a_non_member_is_in_no_phase_and_an_undetermined_applicants_phase_is_undetermined_for_the_same_reason(CaseSpec s)
    {
        var d = Evaluate(s);
        var service = d.Service!;
        switch (d.Enlistment!.Outcome)
        {
            case EnlistmentOutcome.Ineligible:
                Assert.Equal(ServicePhase.NotMember, service.Phase);
                Assert.Null(service.UndeterminedReason);
                break;
            case EnlistmentOutcome.Undetermined when s.Contract is null:
                Assert.Equal(ServicePhase.NoContract, service.Phase); // I7: no contract, no member, whatever the enlistment
                return;
            case EnlistmentOutcome.Undetermined:
                Assert.Equal(ServicePhase.Undetermined, service.Phase);
                Assert.Equal(d.Enlistment.UndeterminedReason, service.UndeterminedReason);
                break;
            default:
                Assert.DoesNotContain(service.Phase, new[] { ServicePhase.NotMember, ServicePhase.Undetermined });
                return;
        }

        Assert.Null(service.TrainingEndsOn);
        Assert.Empty(service.Duties);

        // The finding cites what decided the enlistment.
        var finding = Assert.Single(service.Findings);
        var decisive = d.Enlistment.Findings.SelectMany(f => f.Claims).ToHashSet();
        Assert.Subset(decisive, finding.Claims.ToHashSet());
    }

    [PolicyProperty]
    public void Every_outcome_has_a_finding_and_every_finding_cites_existing_claims_and_quotes_the_source_verbatim(CaseSpec s)
    {
        var d = Evaluate(s);
        foreach (var findings in Support.Outcomes.FindingsOf(d))
        {
            Assert.NotEmpty(findings);
            foreach (var f in findings)
            {
                Assert.NotEmpty(f.Claims);
                Assert.All(f.Claims, claim => Assert.True(Source.Cites(claim), $"{claim} is neither a claim nor a reading of claims.md"));
                Assert.True(Source.Quotes(f), $"'{f.Quote}' is not the words of {f.Claims[0]}");
            }
        }
    }

    [PolicyProperty]
    public void Determinism_the_same_case_gives_byte_identical_json(CaseSpec s)
    {
        Assert.Equal(PolicyJson.Write(Evaluate(s)), PolicyJson.Write(Evaluate(s)));
    }

    [PolicyProperty]
    public void Determinism_a_decision_does_not_depend_on_its_place_in_a_batch(CaseSpec[] specs, int seed)
    {
        var cases = specs.Select((s, i) => (s with { CaseId = $"p-{i}" }).ToCase()).ToArray();
        var inOrder = cases.Select(c => PolicyJson.Write(TestEngine.Evaluate(c))).ToArray();
        var shuffled = cases.Select((c, i) => (c, i)).OrderBy(x => HashCode.Combine(seed, x.i)).ToArray();
        foreach (var (c, i) in shuffled) Assert.Equal(inOrder[i], PolicyJson.Write(TestEngine.Evaluate(c)));
    }

    [PolicyProperty]
    public void Json_decisions_and_cases_round_trip_unchanged(CaseSpec s)
    {
        var c = s.ToCase();
        var caseJson = PolicyJson.Write(c);
        var read = PolicyJson.ReadCase(caseJson);
        Assert.Empty(read.Errors);
        Assert.Equal(caseJson, PolicyJson.Write(read.Case!));

        var decisionJson = PolicyJson.Write(Evaluate(s));
        Assert.Equal(decisionJson, PolicyJson.Write(PolicyJson.ReadDecision(decisionJson)));
    }

    // What an outcome is, without the texts (which name the age).
    private static string Outcomes(PolicyDecision d) =>
        $"{d.Enlistment!.Outcome}/{d.Enlistment.UndeterminedReason} " +
        string.Join(" ", d.Entitlements.Select(e => $"{e.Kind}:{e.Status}:{e.AmountRub}:{e.UndeterminedReason}")) + " " +
        string.Join(" ", d.Obligations.Select(o => $"{o.Kind}:{o.Status}:{o.AmountRub}:{o.UndeterminedReason}"));
}
