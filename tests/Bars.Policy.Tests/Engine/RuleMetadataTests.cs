using Bars.Policy.Cli;
using Bars.Policy.Engine;
using Bars.Policy.Parameters;
using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Engine;

/// <summary>Every rule is named, described and tagged with the claims it encodes; every quote is the source's own words.</summary>
public sealed class RuleMetadataTests
{
    private static readonly Lazy<string> SourceText = new(() => Source.Text);
    private static readonly Lazy<HashSet<string>> ClaimIds = new(() => Source.ClaimIds);

    [Fact]
    public void The_claims_file_lists_C1_to_C21()
    {
        Assert.Equal(Enumerable.Range(1, 21).Select(i => $"C{i}").ToHashSet(), ClaimIds.Value);
    }

    [Fact]
    public void Every_rule_has_a_unique_name_a_description_and_claim_tags_that_exist()
    {
        var rules = TestEngine.Instance.Rules.Select(r => r.Definition).ToArray();
        Assert.Equal(rules.Length, rules.Select(r => r.Name).Distinct().Count());
        foreach (var rule in rules)
        {
            Assert.False(string.IsNullOrWhiteSpace(rule.Description), rule.Name);
            foreach (var tag in rule.Tags)
            {
                Assert.True(Source.Cites(tag), $"{rule.Name} has an unknown tag {tag}");
            }

            // The enlistment combinator and the members-only rules (I4) cite the claims that decided the enlistment,
            // not claims of their own; a rule of time (I7–I13) where the source has no words cites its reading; every
            // other rule names the claims it encodes.
            if (rule.Name != "Enlistment.Outcome" && !rule.Tags.Contains("I4")) Assert.Contains(rule.Tags, t => t.StartsWith('C') || t is "I7" or "I8" or "I10" or "I13");
        }
    }

    [Fact]
    public void Every_claim_is_encoded_by_at_least_one_rule()
    {
        var tagged = TestEngine.Instance.Rules.Select(r => r.Definition).SelectMany(r => r.Tags).ToHashSet();
        Assert.DoesNotContain(ClaimIds.Value, c => !tagged.Contains(c));
    }

    [Fact]
    public void The_claims_table_holds_each_claim_of_claims_md_once_and_every_quote_is_verbatim_in_the_source()
    {
        Assert.Equal(ClaimIds.Value, Parameters.Claims.All.Select(c => c.Id).ToHashSet());
        Assert.Equal(Parameters.Claims.All.Count, Parameters.Claims.All.Select(c => c.Id).Distinct().Count());
        foreach (var claim in Parameters.Claims.All)
        {
            Assert.True(SourceText.Value.Contains(claim.Quote, StringComparison.Ordinal), $"{claim.Id} is not verbatim in the source: {claim.Quote}");
            Assert.Same(claim, Parameters.Claims.Find(claim.Id));
        }

        Assert.Null(Parameters.Claims.Find("C22"));
    }

    [Fact]
    public void Every_parameter_cites_a_claim_of_the_table()
    {
        var parameters = ShippedParameters.General.Concat(ShippedParameters.ByRegion.Values.SelectMany(r => Enum.GetValues<Parameter>().Select(p => r[p]).OfType<ParameterValue>())).ToArray();
        // Ages and training everywhere; C10's lengths are Bryansk's with its payments (I1).
        Assert.Equal(3 + 3 * 3 + 1 + 1 + 5, parameters.Length);
        foreach (var p in parameters)
        {
            Assert.Same(Parameters.Claims.Find(p.Citation.Id), p.Citation);
        }
    }

    [Fact]
    public void No_description_states_a_number_a_host_can_override()
    {
        foreach (var rule in TestEngine.Instance.Rules.Select(r => r.Definition))
        {
            // Claim and interpretation ids (C10, I4) are names, not numbers of the policy.
            var words = System.Text.RegularExpressions.Regex.Replace(rule.Description, @"\b[CI]\d+\b", "");
            Assert.False(words.Any(char.IsAsciiDigit), $"{rule.Name}: {rule.Description}");
        }
    }

    [Fact]
    public void A_rule_scoped_to_regions_does_not_test_the_region_again_in_its_conditions()
    {
        var scoped = TestEngine.Instance.Rules.Where(r => r.Regions is not null).ToArray();
        Assert.NotEmpty(scoped);
        foreach (var rule in scoped)
        {
            Assert.DoesNotContain(typeof(Rules.Facts.CaseFacts).GetProperty(nameof(Rules.Facts.CaseFacts.Region))!, rule.ConditionMembers);
        }
    }

    [Fact]
    public void The_parameters_of_a_rule_are_read_off_its_conditions_and_actions()
    {
        string[] Of(string name) => TestEngine.Instance.Rules.Single(r => r.Name == name).Parameters.Select(p => p.ToString()).ToArray();

        Assert.Equal(["MaximumAge"], Of("Enlistment.AgeAboveMaximum"));
        Assert.Equal(["MinimumAge", "MaximumAge"], Of("Enlistment.AgeWithinRange"));
        Assert.Equal(["TrainingDays"], Of("Service.InTraining"));
        Assert.Equal(["MonthlyPayRub"], Of("Payment.MonthlyPayAtRegionalRate"));

        // Captured by a shared base class, not written as constants: still found.
        Assert.Equal(["AnnualContractMonths", "AnnualContractPaymentRub"], Of("Payment.OneTimePaymentAnnualContract"));
        Assert.Equal(["SixMonthContractMonths", "SixMonthContractPaymentRub"], Of("Payment.OneTimePaymentSixMonthContract"));

        // Declared by hand before, though it reads none.
        Assert.Empty(Of("Service.NoContract"));
        Assert.Empty(Of("Enlistment.HealthRestriction"));
    }

    [Fact]
    public void The_defaults_for_silence_fire_after_every_other_rule()
    {
        var silences = TestEngine.Instance.Rules.Where(r => r.Definition.Name.EndsWith("SourceSilent", StringComparison.Ordinal)).ToArray();
        Assert.Equal(6, silences.Length);
        Assert.All(silences, r => Assert.Equal(Rules.RulePriorities.SourceSilent, r.Definition.Priority));
    }

    [Fact]
    public void Every_finding_of_2000_generated_cases_cites_existing_claims_of_its_rule_and_quotes_the_source()
    {
        var tags = TestEngine.Instance.Rules.Select(r => r.Definition).ToDictionary(r => r.Name, r => r.Tags.ToHashSet());
        foreach (var c in SyntheticCases.Valid(2000, seed: 7))
        {
            var d = TestEngine.Evaluate(c);
            Assert.True(d.IsValid, string.Join("; ", d.Errors));
            foreach (var findings in Outcomes.FindingsOf(d))
            {
                Assert.NotEmpty(findings);
                foreach (var f in findings)
                {
                    Assert.NotEmpty(f.Claims);
                    Assert.All(f.Claims, claim => Assert.True(Source.Cites(claim), $"{claim} is neither a claim nor a reading"));
                    Assert.True(Source.Quotes(f), $"'{f.Quote}' is not the words of {f.Claims[0]}");
                    Assert.False(string.IsNullOrWhiteSpace(f.Text));

                    // The I4 rules cite the claims that decided the enlistment; every other rule cites its own tags.
                    if (!tags[f.RuleId].Contains("I4")) Assert.Subset(tags[f.RuleId], f.Claims.ToHashSet());
                }
            }
        }
    }

    [Fact]
    public void Every_reading_a_finding_cites_quotes_claims_md_and_names_a_reading_of_it()
    {
        Assert.Equal(Enumerable.Range(1, 13).Select(i => $"I{i}").ToHashSet(), Source.ReadingIds);
        Assert.All(Parameters.Readings.All, r =>
        {
            Assert.Contains(r.Id, Source.ReadingIds);
            Assert.True(Source.Quotes(new Finding("r", [r.Id], "t", r.Quote)), $"{r.Id}: '{r.Quote}' is not in claims.md");
        });
    }
}
