using System.Globalization;
using System.Text.RegularExpressions;
using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Properties;

/// <summary>
/// A finding that states a parameter's value cites that value's own citation: with a host's value in force, the
/// host's source, not the shipped claim (issue 11, finding 24). Checked for every parameter at once, each with a
/// value no other parameter has.
/// </summary>
public sealed class HostCitationProperties
{
    private static readonly DateOnly From = new(2000, 1, 1);

    private static readonly (Parameter Parameter, decimal Value)[] HostValues =
    [
        (Parameter.MinimumAge, 17),
        (Parameter.MaximumAge, 61),
        (Parameter.TrainingDays, 23),
        (Parameter.AnnualContractMonths, 11),
        (Parameter.SixMonthContractMonths, 5),
        (Parameter.MonthlyPayRub, 12_345),
        (Parameter.AnnualContractPaymentRub, 54_321),
        (Parameter.SixMonthContractPaymentRub, 43_210),
        (Parameter.InjuryOnDutyCompensationRub, 1_234_567),
    ];

    private static readonly Lazy<PolicyEngine> Engine = new(() => PolicyEngine.Create(o =>
    {
        foreach (var region in new[] { Regions.Kursk, Regions.Belgorod, Regions.Bryansk })
        {
            foreach (var (parameter, value) in HostValues) o.Parameters.Set(region, parameter, value, From, Citation(parameter));
        }
    }));

    private static readonly Lazy<Dictionary<string, IReadOnlyList<Parameter>>> ParametersOfRule = new(() =>
        Engine.Value.Describe().Rules.ToDictionary(r => r.Name, r => (IReadOnlyList<Parameter>)r.Parameters.Select(Enum.Parse<Parameter>).ToArray()));

    [Fact]
    public void Every_parameter_has_a_host_value_here() =>
        Assert.Equal(Enum.GetValues<Parameter>().Order(), HostValues.Select(v => v.Parameter).Order());

    [PolicyProperty]
    public void A_finding_that_states_a_host_value_cites_the_host_source(CaseSpec s)
    {
        var d = Engine.Value.Evaluate(s.ToCase());
        Assert.True(d.IsValid, string.Join("; ", d.Errors));
        foreach (var finding in Outcomes.FindingsOf(d).SelectMany(f => f))
        {
            foreach (var (parameter, value) in HostValues)
            {
                if (!ParametersOfRule.Value[finding.RuleId].Contains(parameter) || !States(finding.Text, value)) continue;
                Assert.True(
                    finding.Claims.Contains(Citation(parameter).Id),
                    $"{finding.RuleId} states {parameter} = {value} but cites {string.Join(", ", finding.Claims)}: {finding.Text}");
            }
        }
    }

    [Fact]
    public void A_host_maximum_age_is_cited_to_the_host_and_quotes_its_words()
    {
        // Issue 11, finding 24: a 62-year-old under a host maximum of 61 was cited to C1, quoting "aged 18 to 65".
        var d = Engine.Value.Evaluate(Cases.In(Regions.Kursk, Cases.Man(age: 63))); // 62 on the contract's start (I6)
        var f = d.Enlistment!.Findings.Single(f => f.RuleId == "Enlistment.AgeAboveMaximum");
        Assert.Equal([Citation(Parameter.MaximumAge).Id, "C1"], f.Claims);
        Assert.Equal(Citation(Parameter.MaximumAge).Quote, f.Quote);
        Assert.Contains("61", f.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Host_training_days_are_cited_to_the_host()
    {
        var d = Engine.Value.Evaluate(Cases.In(Regions.Bryansk, contract: Cases.Contract(startedDaysAgo: 3)));
        var f = Assert.Single(d.Service!.Findings, f => f.RuleId == "Service.InTraining");
        Assert.Equal([Citation(Parameter.TrainingDays).Id, "C4"], f.Claims);
    }

    private static SourceCitation Citation(Parameter parameter) => new($"Host order on {parameter}", $"The host's words on {parameter}.");

    // The value as rules write it: a whole number, with or without thousands separators.
    private static bool States(string text, decimal value)
    {
        var plain = value.ToString("0", CultureInfo.InvariantCulture);
        var grouped = value.ToString("N0", CultureInfo.InvariantCulture);
        return Regex.IsMatch(text, $@"(?<![\d,]){Regex.Escape(plain)}(?![\d,])") || Regex.IsMatch(text, $@"(?<![\d,]){Regex.Escape(grouped)}(?![\d,])");
    }
}
