using System.Text.Json;
using Bars.Policy.Tests.Extension;
using Bars.Policy.Tests.Properties;
using Bars.Policy.Tests.Sequential;
using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Comparison;

/// <summary>
/// A comparison decides a case once when the reform leaves its region as it was — the same rules, the same
/// parameters over time — and takes the baseline's decision under the reform's name (issue 24). Sound only if the
/// reform, evaluating the case itself, would decide exactly that: held here for every case shape, and refused for a
/// region the reform touches, a rule added, a rule switched off, a value restated.
/// </summary>
public sealed class AlikeRegionTests
{
    private static readonly DateOnly From = new(2024, 1, 1);

    // Reform A of CompareTests: Bryansk's and Kursk's monthly rates; Belgorod as it was.
    private static PolicyEngine Reform => CompareTests.Reform.Value;

    [Fact]
    public void A_region_the_reform_does_not_touch_is_alike_and_the_ones_it_touches_are_not()
    {
        var baseline = TestEngine.Instance;
        Assert.True(baseline.DecidesAlike(Reform, Regions.Belgorod));
        Assert.False(baseline.DecidesAlike(Reform, Regions.Bryansk));
        Assert.False(baseline.DecidesAlike(Reform, Regions.Kursk));
        Assert.False(baseline.DecidesAlike(Reform, "Moscow"));
        Assert.True(baseline.DecidesAlike(PolicyEngine.CreateDefault(), Regions.Kursk));
        Assert.True(baseline.DecidesAlike(PolicyEngine.Create(o => o.Execution = PolicyExecution.Rete), Regions.Kursk));
    }

    [Fact]
    public void A_value_restated_a_rule_switched_off_or_added_makes_the_region_not_alike()
    {
        var baseline = TestEngine.Instance;

        // The shipped value again, from a host source: the decisions would cite the host (a finding's citation differs).
        var shippedRate = baseline.ParametersOf(Regions.Belgorod).On(From, Parameter.MonthlyPayRub)!.Value;
        var restated = PolicyEngine.Create(o => o.Parameters.Set(Regions.Belgorod, Parameter.MonthlyPayRub, shippedRate, From, new SourceCitation("Host", "The same rate.")));
        Assert.False(baseline.DecidesAlike(restated, Regions.Belgorod));

        var switchedOff = PolicyEngine.Create(o => o.DisableRule(Regions.Belgorod, "Enlistment.BelgorodWoman", "Under review."));
        Assert.False(baseline.DecidesAlike(switchedOff, Regions.Belgorod));
        Assert.True(baseline.DecidesAlike(switchedOff, Regions.Kursk));

        // The test host's rule set adds rules in Kursk (a replacement) and elsewhere, and a region of its own.
        var host = ExecutionEngines.All.Single(e => e.Name == "test host").Sequential;
        Assert.False(baseline.DecidesAlike(host, Regions.Kursk));
        Assert.False(baseline.DecidesAlike(host, Regions.Belgorod));
        Assert.False(baseline.DecidesAlike(host, HostRules.Testland));
    }

    // The soundness of the skip: wherever a region is alike, the reform's own decision is the baseline's under the
    // reform's name, to the byte.
    [PolicyProperty]
    public void In_a_region_alike_the_reform_decides_as_the_baseline_under_its_own_name(CaseSpec s)
    {
        var c = (s with { Region = Regions.Belgorod }).ToCase();
        var (baseline, reform) = (TestEngine.Instance, Reform);
        var own = reform.Evaluate(c);
        var taken = reform.AsOwn(baseline.Evaluate(c));
        Assert.Equal(own, taken);
        Assert.Equal(own.Policy, taken.Policy);
        Assert.Equal(PolicyJson.Write(own), PolicyJson.Write(taken));
    }

    [Fact]
    public void An_invalid_decision_names_no_policy_and_stays_as_it_is()
    {
        var invalid = TestEngine.Evaluate(Cases.In(Regions.Belgorod) with { AsOf = null });
        Assert.False(invalid.IsValid);
        Assert.Same(invalid, Reform.AsOwn(invalid));
    }

    [Fact]
    public async Task A_comparison_that_skips_the_alike_region_answers_as_one_that_evaluates_every_case_twice()
    {
        var cases = Bars.Policy.Synthetic.SyntheticCases.Valid(600, seed: 41).ToArray();
        Assert.Contains(cases, c => c.Region == Regions.Belgorod);
        var skipping = new List<ComparedCase>();
        var result = await TestEngine.Instance.CompareEachAsync(Reform, BatchInput.Cases(cases.ToAsyncEnumerable()), skipping.Add);

        // By hand: both engines evaluate every case.
        for (var i = 0; i < cases.Length; i++)
        {
            Assert.Equal(TestEngine.Evaluate(cases[i]), skipping[i].Before);
            Assert.Equal(Reform.Evaluate(cases[i]), skipping[i].After);
            Assert.Equal(Reform.CostOf(cases[i], Reform.Evaluate(cases[i])), skipping[i].CostAfter);
        }

        var everyCaseTwice = TestEngine.Instance.Compare(Reform, cases);
        var json = new JsonSerializerOptions { TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver() };
        Assert.Equal(JsonSerializer.Serialize(everyCaseTwice, json), JsonSerializer.Serialize(result, json));
    }
}
