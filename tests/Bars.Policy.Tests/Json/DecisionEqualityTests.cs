using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Json;

/// <summary>Decisions, cases and comparisons compare by content: a decision read back from its JSON equals the one written.</summary>
public sealed class DecisionEqualityTests
{
    public static TheoryData<string> Regions_() => new(Regions.All);

    [Theory]
    [MemberData(nameof(Regions_))]
    public void A_decision_read_back_from_its_json_equals_the_one_written(string region)
    {
        foreach (var c in new[] { Cases.In(region, injuries: Cases.OnDuty()), Cases.WithoutContract(region, Cases.Woman()), Cases.In(region, Cases.Man(17)) })
        {
            var decision = TestEngine.Evaluate(c);

            var read = PolicyJson.ReadDecision(PolicyJson.Write(decision));

            Assert.Equal(decision, read);
            Assert.True(decision == read);
            Assert.Equal(decision.GetHashCode(), read.GetHashCode());
        }
    }

    [Fact]
    public void An_invalid_decision_read_back_equals_the_one_written()
    {
        var decision = TestEngine.Evaluate(new PolicyCase("bad-1", "Atlantis", Cases.AsOf, new Applicant(Cases.AsOf.AddDays(1), Sex.Male)));

        var read = PolicyJson.ReadDecision(PolicyJson.Write(decision, indented: true));

        Assert.Equal(decision, read);
        Assert.Equal(decision.GetHashCode(), read.GetHashCode());
    }

    [Fact]
    public void Two_evaluations_of_one_case_are_equal_and_of_different_cases_are_not()
    {
        var first = TestEngine.Evaluate(Cases.In(Regions.Kursk));
        var again = TestEngine.Evaluate(Cases.In(Regions.Kursk));
        var injured = TestEngine.Evaluate(Cases.In(Regions.Kursk, injuries: Cases.OnDuty()));

        Assert.Equal(first, again);
        Assert.NotSame(first.Entitlements, again.Entitlements);
        Assert.NotEqual(first, injured);
        Assert.NotEqual(first.Entitlements, injured.Entitlements);
    }

    [Fact]
    public void Decisions_differing_in_one_finding_are_not_equal()
    {
        var decision = TestEngine.Evaluate(Cases.In(Regions.Kursk));
        var json = PolicyJson.Write(decision);
        var firstClaim = decision.Enlistment!.Findings[0].Claims[0];

        var changed = PolicyJson.ReadDecision(json.Replace($"\"claims\":[\"{firstClaim}\"", "\"claims\":[\"C99\"", StringComparison.Ordinal));

        Assert.NotEqual(json, PolicyJson.Write(changed));
        Assert.NotEqual(decision, changed);
        Assert.NotEqual(decision.Enlistment, changed.Enlistment);
    }

    [Fact]
    public void Equal_decisions_are_one_key_in_a_hash_set()
    {
        var decision = TestEngine.Evaluate(Cases.In(Regions.Belgorod));

        var set = new HashSet<PolicyDecision> { decision, PolicyJson.ReadDecision(PolicyJson.Write(decision)), TestEngine.Evaluate(Cases.In(Regions.Belgorod)) };

        Assert.Single(set);
    }

    [Fact]
    public void Cases_with_equal_injuries_are_equal()
    {
        var a = Cases.In(Regions.Kursk, injuries: [Cases.OnDuty(), Cases.OffDuty()]);
        var b = Cases.In(Regions.Kursk, injuries: [Cases.OnDuty(), Cases.OffDuty()]);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(a, PolicyJson.ReadCase(PolicyJson.Write(a)).Case);
        Assert.NotEqual(a, b with { Injuries = [Cases.OnDuty()] });
        Assert.NotEqual(a with { Injuries = null }, a with { Injuries = [] });
    }

    [Fact]
    public void Case_read_results_with_equal_errors_are_equal()
    {
        Assert.Equal(PolicyJson.ReadCase("{"), PolicyJson.ReadCase("{"));
        Assert.NotEqual(PolicyJson.ReadCase("{"), PolicyJson.ReadCase("[]"));
    }

    [Fact]
    public void Comparisons_with_equal_lists_are_equal()
    {
        var cases = new[] { Cases.In(Regions.Bryansk), Cases.In(Regions.Kursk, injuries: Cases.OnDuty()) };
        var reform = PolicyEngine.Create(o => o.Parameters.Set(
            Regions.Bryansk, Parameter.MonthlyPayRub, 60_000m, new DateOnly(2024, 1, 1), new SourceCitation("Reform", "60,000 a month.")));
        var (firstCases, secondCases) = (new List<CaseComparison>(), new List<CaseComparison>());

        var first = TestEngine.Instance.Compare(reform, cases, firstCases.Add);
        var second = TestEngine.Instance.Compare(reform, cases, secondCases.Add);

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEmpty(firstCases);
        Assert.Equal(firstCases, secondCases);
        Assert.Equal(firstCases[0].GetHashCode(), secondCases[0].GetHashCode());
        Assert.Equal(new CaseComparison("c", "r", [new OutcomeChange("MonthlyPay", "Entitled", "Entitled", 1m, 2m)], 1m, 2m, ["OneTimePayment"], [], 1m, CostChange.NewlyDetermined),
            new CaseComparison("c", "r", [new OutcomeChange("MonthlyPay", "Entitled", "Entitled", 1m, 2m)], 1m, 2m, ["OneTimePayment"], [], 1m, CostChange.NewlyDetermined));
    }
}
