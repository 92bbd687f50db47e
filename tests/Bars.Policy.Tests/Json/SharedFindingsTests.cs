using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Bars.Policy.Engine.Anatomy;
using Bars.Policy.Synthetic;
using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Json;

/// <summary>
/// A finding with fixed words is made once per rule and shared by every decision that has it, its JSON encoded once
/// (issue 24): the same object in every case, the same bytes as a finding made for its case in every escaping and
/// detail, and a rule's words made per case never kept.
/// </summary>
public sealed class SharedFindingsTests
{
    private static readonly PolicyCase[] Population = SyntheticCases.Stream(31, SyntheticProfile.Plausible).Take(600).ToArray();

    private static IEnumerable<Finding> FindingsOf(PolicyDecision d) =>
        d.Enlistment!.Findings.Concat(d.Entitlements.SelectMany(e => e.Findings)).Concat(d.Obligations.SelectMany(o => o.Findings)).Concat(d.Service!.Findings);

    [Fact]
    public void A_finding_with_fixed_words_is_one_object_in_every_case_and_one_with_words_of_its_case_is_its_own()
    {
        var engine = PolicyEngine.CreateDefault();
        var findings = Population.Select(engine.Evaluate).SelectMany(FindingsOf).ToList();

        // "No health restriction …: the health condition is met." says the same in every case.
        var healthy = findings.Where(f => f.RuleId == "Enlistment.NoHealthRestriction").ToList();
        Assert.True(healthy.Count > 100, $"only {healthy.Count} cases had the finding");
        Assert.All(healthy, f => Assert.Same(healthy[0], f));

        // "Aged 74 on 2024-09-08: older than …" names its case's age and date: made for the case, never shared.
        var aged = findings.Where(f => f.RuleId == "Enlistment.AgeAboveMaximum").ToList();
        Assert.True(aged.Select(f => f.Text).Distinct().Count() > 5);
        Assert.All(aged, f => Assert.Null(f.Shared));
        Assert.Equal(aged.Count, aged.Distinct(ReferenceEqualityComparer.Instance).Count());

        // Every shared finding is the one object for its values (rule, claims, words, quote).
        foreach (var group in findings.Where(f => f.Shared is not null).GroupBy(f => f))
        {
            Assert.Single(group.Distinct(ReferenceEqualityComparer.Instance));
        }
    }

    [Fact]
    public void A_decision_s_one_shared_finding_is_one_list_in_every_case()
    {
        var engine = PolicyEngine.CreateDefault();
        var lists = Population.Select(engine.Evaluate)
            .SelectMany(d => d.Entitlements)
            .Where(e => e.Findings.Count == 1 && e.Findings[0].RuleId == "Membership.IneligibleHaveNoEntitlements")
            .Select(e => e.Findings)
            .ToList();
        Assert.True(lists.Count > 100, $"only {lists.Count} entitlements had the finding");

        // One list per finding (its claims are the enlistment's decisive ones: a few sets), whatever the case.
        foreach (var same in lists.GroupBy(l => l[0]))
        {
            Assert.Single(same.Distinct(ReferenceEqualityComparer.Instance));
        }

        Assert.InRange(lists.Distinct(ReferenceEqualityComparer.Instance).Count(), 1, 16);
    }

    [Fact]
    public void An_entitlement_its_shared_finding_alone_decides_is_one_object_in_every_case()
    {
        var engine = PolicyEngine.CreateDefault();
        var plain = Population.Select(engine.Evaluate)
            .SelectMany(d => d.Entitlements)
            .Where(e => e.Findings.Count == 1 && e.Findings[0].RuleId is "Membership.IneligibleHaveNoEntitlements" or "Membership.NoContractNoEntitlements")
            .ToList();
        Assert.True(plain.Count > 500, $"only {plain.Count} such entitlements");

        // One object per kind, status, reason and finding, whatever the case; it lists no values read and equals
        // what a case would make for itself (the JSON oracle above reads every decision back and compares).
        foreach (var same in plain.GroupBy(e => (e.Kind, e.Status, e.UndeterminedReason, e.Findings[0])))
        {
            Assert.Single(same.Distinct(ReferenceEqualityComparer.Instance));
            Assert.Empty(same.First().Parameters);
            Assert.Same(same.First().Findings, same.First().Findings[0].Shared!.Alone);
        }
    }

    [Fact]
    public void An_obligation_not_owed_and_a_deployment_their_shared_finding_alone_decides_are_one_object_in_every_case()
    {
        var engine = PolicyEngine.CreateDefault();
        var decisions = Population.Select(engine.Evaluate).ToList();
        var notOwed = decisions.SelectMany(d => d.Obligations).Where(o => o.Status == ObligationStatus.NotOwed).ToList();
        var deployments = decisions.Select(d => d.Service!.WarZoneDeployment!).ToList();
        Assert.True(notOwed.Count > 500, $"only {notOwed.Count} obligations not owed");

        // One object per kind and finding, and per status, reason and finding; each lists no values read, and
        // equals what a case would make for itself (the JSON oracle below reads every decision back and compares).
        foreach (var same in notOwed.GroupBy(o => (o.Kind, o.Findings[0])))
        {
            Assert.Single(same.Distinct(ReferenceEqualityComparer.Instance));
            Assert.Empty(same.First().Parameters);
            Assert.Same(same.First().Findings, same.First().Findings[0].Shared!.Alone);
        }

        foreach (var same in deployments.GroupBy(d => (d.Status, d.UndeterminedReason, d.Findings[0])))
        {
            Assert.Single(same.Distinct(ReferenceEqualityComparer.Instance));
            Assert.Same(same.First().Findings, same.First().Findings[0].Shared!.Alone);
        }

        Assert.InRange(deployments.Distinct(ReferenceEqualityComparer.Instance).Count(), 1, 16);
    }

    [Fact]
    public void A_value_no_enum_names_is_never_kept_in_another_s_slot()
    {
        var engine = PolicyEngine.CreateDefault();
        var none = engine.Rules.First(r => r.ParameterMask == 0);
        var finding = new Finding(none, ["C1"], "words", "quote");
        var shared = finding.Shared = new SharedFinding(finding);

        // A reason past the last one would be the next status's first slot; a status past the last, the next kind's.
        var odd = shared.Plain(EntitlementKind.MonthlyPay, EntitlementStatus.Undetermined, (UndeterminedReason)99);
        Assert.Equal((UndeterminedReason)99, odd.UndeterminedReason);
        Assert.NotSame(odd, shared.Plain(EntitlementKind.MonthlyPay, EntitlementStatus.Undetermined, (UndeterminedReason)99));
        Assert.NotSame(shared.Plain(EntitlementKind.MonthlyPay, (EntitlementStatus)99, null), shared.Plain(EntitlementKind.MonthlyPay, (EntitlementStatus)99, null));
        var oddDeployment = shared.Deployment(DeploymentStatus.Undetermined, (UndeterminedReason)99);
        Assert.Equal((UndeterminedReason)99, oddDeployment.UndeterminedReason);
        Assert.NotSame(oddDeployment, shared.Deployment(DeploymentStatus.Undetermined, (UndeterminedReason)99));
        Assert.NotSame(shared.Deployment((DeploymentStatus)99, null), shared.Deployment((DeploymentStatus)99, null));
        Assert.NotSame(shared.NotOwed((ObligationKind)99), shared.NotOwed((ObligationKind)99));

        // Named values are kept, each in its own slot.
        Assert.Same(shared.Deployment(DeploymentStatus.Undetermined, UndeterminedReason.SourceSilent), shared.Deployment(DeploymentStatus.Undetermined, UndeterminedReason.SourceSilent));
        Assert.Same(shared.NotOwed(ObligationKind.RepayOneTimePayment), shared.NotOwed(ObligationKind.RepayOneTimePayment));
        Assert.Equal(ObligationStatus.NotOwed, shared.NotOwed(ObligationKind.RepayOneTimePayment).Status);
    }

    [Fact]
    public void A_shared_entitlement_s_json_is_encoded_once_and_an_equal_one_of_a_case_is_written_as_it_goes()
    {
        var engine = PolicyEngine.CreateDefault();
        var plain = Population.Select(engine.Evaluate).SelectMany(d => d.Entitlements)
            .First(e => e.Findings.Count == 1 && e.Findings[0].RuleId == "Membership.IneligibleHaveNoEntitlements");
        var shared = plain.Findings[0].Shared!;
        var encoded = 0;
        byte[] Encode(EntitlementDecision e, int slot)
        {
            encoded++;
            return [(byte)'1'];
        }

        var first = shared.PlainJson(plain, 0, Encode);
        Assert.Same(first, shared.PlainJson(plain, 0, Encode));
        Assert.Equal(1, encoded);
        Assert.NotSame(first, shared.PlainJson(plain, 5, Encode));

        // The same content made for a case: not the shared object, so written as it goes.
        var ofACase = new EntitlementDecision(plain.Kind, plain.Status, null, null, plain.UndeterminedReason, plain.Findings);
        Assert.Equal(plain, ofACase);
        Assert.Null(shared.PlainJson(ofACase, 0, Encode));
    }

    [Fact]
    public void An_entitlement_whose_rule_reads_a_value_is_made_for_its_case()
    {
        // The values read are the case's own (listed when the decision is recorded), so a decision of a rule that
        // reads one is never shared; nor is one whose finding no rule of an engine made.
        var engine = PolicyEngine.CreateDefault();
        var reading = engine.Rules.First(r => r.ParameterMask != 0);
        var read = new Finding(reading, ["C1"], "words", "quote");
        read.Shared = new SharedFinding(read);
        Assert.NotSame(read.Shared.Plain(EntitlementKind.MonthlyPay, EntitlementStatus.NotEntitled, null), read.Shared.Plain(EntitlementKind.MonthlyPay, EntitlementStatus.NotEntitled, null));

        var none = engine.Rules.First(r => r.ParameterMask == 0);
        var plain = new Finding(none, ["C1"], "words", "quote");
        plain.Shared = new SharedFinding(plain);
        var once = plain.Shared.Plain(EntitlementKind.MonthlyPay, EntitlementStatus.Undetermined, UndeterminedReason.SourceSilent);
        Assert.Same(once, plain.Shared.Plain(EntitlementKind.MonthlyPay, EntitlementStatus.Undetermined, UndeterminedReason.SourceSilent));
        Assert.NotSame(once, plain.Shared.Plain(EntitlementKind.MonthlyPay, EntitlementStatus.Undetermined, UndeterminedReason.SourceConflict));
        Assert.NotSame(once, plain.Shared.Plain(EntitlementKind.OneTimePayment, EntitlementStatus.Undetermined, UndeterminedReason.SourceSilent));
        Assert.Equal((EntitlementKind.MonthlyPay, EntitlementStatus.Undetermined, (UndeterminedReason?)UndeterminedReason.SourceSilent), (once.Kind, once.Status, once.UndeterminedReason));

        Assert.NotSame(read.Shared.NotOwed(ObligationKind.RepayOneTimePayment), read.Shared.NotOwed(ObligationKind.RepayOneTimePayment));

        var hosts = new Finding("Host.Rule", ["C1"], "words", "quote");
        hosts.Shared = new SharedFinding(hosts);
        Assert.NotSame(hosts.Shared.NotOwed(ObligationKind.RepayOneTimePayment), hosts.Shared.NotOwed(ObligationKind.RepayOneTimePayment));
        Assert.NotSame(hosts.Shared.Plain(EntitlementKind.MonthlyPay, EntitlementStatus.NotEntitled, null), hosts.Shared.Plain(EntitlementKind.MonthlyPay, EntitlementStatus.NotEntitled, null));
    }

    public static TheoryData<string, FindingsDetail> Writers() => new()
    {
        { "relaxed", FindingsDetail.Full }, { "relaxed", FindingsDetail.Ids },
        { "default", FindingsDetail.Full }, { "default", FindingsDetail.Ids },
        { "host's own", FindingsDetail.Full }, { "host's own", FindingsDetail.Ids },
        { "indented", FindingsDetail.Full },
        { "relaxed", FindingsDetail.None }, { "default", FindingsDetail.None },
    };

    // The oracle: the same decision read back from its JSON, where every finding is made for itself (none shared).
    [Theory]
    [MemberData(nameof(Writers))]
    public void A_shared_finding_is_written_as_a_finding_made_for_its_case(string writer, FindingsDetail detail)
    {
        var options = writer switch
        {
            "relaxed" => new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping },
            "default" => new JsonWriterOptions(),
            "host's own" => new JsonWriterOptions { Encoder = JavaScriptEncoder.Create(UnicodeRanges.BasicLatin, UnicodeRanges.Cyrillic) },
            _ => new JsonWriterOptions { Indented = true },
        };
        var engine = PolicyEngine.CreateDefault();
        var shared = 0;
        foreach (var c in Population.Take(200))
        {
            var decision = engine.Evaluate(c);
            shared += FindingsOf(decision).Count(f => f.Shared is not null);
            var madeForItself = PolicyJson.ReadDecision(PolicyJson.Write(decision));
            Assert.DoesNotContain(FindingsOf(madeForItself), f => f.Shared is not null);

            // Twice: the first write encodes a shared finding, the second copies it.
            Assert.Equal(Write(madeForItself, options, detail), Write(decision, options, detail));
            Assert.Equal(Write(madeForItself, options, detail), Write(decision, options, detail));
        }

        Assert.True(shared > 500, $"only {shared} shared findings were written");
    }

    [Fact]
    public void A_fresh_engine_s_first_cases_on_many_threads_share_and_write_alike()
    {
        // Eight threads meet every rule's fixed words for the first time at once: whichever finding each keeps, every
        // decision is the one a single thread makes, and its JSON the same bytes.
        var single = PolicyEngine.CreateDefault();
        var expected = Population.Take(200).Select(c => PolicyJson.Write(single.Evaluate(c))).ToArray();
        var engine = PolicyEngine.CreateDefault();
        var written = new string[8][];
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, t =>
        {
            written[t] = Population.Take(200).Select(c => PolicyJson.Write(engine.Evaluate(c))).ToArray();
        });

        Assert.All(written, w => Assert.Equal(expected, w));
    }

    [Fact]
    public void A_rule_keeps_a_few_fixed_wordings_and_makes_the_rest_per_case()
    {
        var citation = new SourceCitation("C1", "BARS units accept individuals aged 18 to 65");
        var fixedFindings = new FixedFindings();
        var kept = Enumerable.Range(0, 40)
            .Select(i => fixedFindings.Keep(new Finding("Host.Rule", ["C1"], "words " + i, citation.Quote)))
            .ToList();

        // The first few are kept and found again by value; past them, each is made per case and nothing grows.
        Assert.Same(kept[0], fixedFindings.Find(citation, new string("words 0".ToCharArray()), []));
        Assert.NotNull(kept[0].Shared);
        Assert.Null(fixedFindings.Find(citation, "words 39", []));
        Assert.Null(kept[39].Shared);
        Assert.True(kept.Count(f => f.Shared is not null) is > 0 and < 40);
    }

    [Fact]
    public void The_same_words_citing_other_claims_are_another_finding()
    {
        var c1 = new SourceCitation("C1", "quote one");
        var c2 = new SourceCitation("C2", "quote two");
        var fixedFindings = new FixedFindings();
        var alone = fixedFindings.Keep(new Finding("Host.Rule", ["C1"], "words", c1.Quote));

        Assert.Same(alone, fixedFindings.Find(c1, "words", []));
        Assert.Null(fixedFindings.Find(c1, "words", [c2]));
        Assert.Null(fixedFindings.Find(c2, "words", []));
        Assert.Null(fixedFindings.Find(c1, "other words", []));
        Assert.Null(fixedFindings.Find(c1 with { Quote = "another quote" }, "words", []));
        Assert.Same(alone, fixedFindings.Find(new SourceCitation("C1", "quote one"), "words", []));

        // Citing C2 besides: found only for the claims [C1, C2], however the citations repeat.
        var both = fixedFindings.Keep(new Finding("Host.Rule", ["C1", "C2"], "words", c1.Quote));
        Assert.Same(both, fixedFindings.Find(c1, "words", [c2]));
        Assert.Same(both, fixedFindings.Find(c1, "words", [c1, c2, c2]));
        Assert.Same(alone, fixedFindings.Find(c1, "words", [c1]));
    }

    [Fact]
    public void A_finding_of_the_enlistment_is_found_by_its_decisive_findings_claims_each_once_in_order()
    {
        var c1 = new SourceCitation("C1", "quote one");
        var fixedFindings = new FixedFindings();
        var both = fixedFindings.Keep(new Finding("Host.Rule", ["C1", "C2"], "words", c1.Quote));
        var one = fixedFindings.Keep(new Finding("Host.Rule", ["C1"], "words", c1.Quote));
        Finding Citing(params string[] claims) => new("Enlistment.Rule", claims, "a condition", "its quote");

        // The oracle: the claims a membership lists for its decisive findings (Membership.DecisiveClaims).
        IReadOnlyList<Finding>[] decisive =
        [
            [Citing("C1"), Citing("C2")], [Citing("C1", "C2")], [Citing("C1", "C2"), Citing("C2", "C1")], [Citing("C1"), Citing("C1")],
            [Citing("C2"), Citing("C1")], [Citing("C1", "C2", "C3")], [Citing("C2")], [Citing("C1"), Citing("C3", "C2")],
        ];
        foreach (var findings in decisive)
        {
            var claims = findings.SelectMany(f => f.Claims).Distinct(StringComparer.Ordinal).ToArray();
            var expected = claims.SequenceEqual(["C1", "C2"]) ? both : claims.SequenceEqual(["C1"]) ? one : null;
            Assert.Same(expected, fixedFindings.Find(findings, c1.Quote, "words"));
        }

        Assert.Null(fixedFindings.Find([Citing("C1")], "another quote", "words"));
        Assert.Null(fixedFindings.Find([Citing("C1")], c1.Quote, "other words"));
    }

    private static string Write(PolicyDecision decision, JsonWriterOptions options, FindingsDetail detail)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, options)) PolicyJson.Write(w, decision, detail);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
