using Bars.Policy.Cli;
using Bars.Policy.Parameters;
using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Engine;

/// <summary>Every rule is named, described and tagged with the claims it encodes; every quote is the source's own words.</summary>
public sealed class RuleMetadataTests
{
    private static readonly Lazy<string> SourceText = new(() => Source.Text);
    private static readonly Lazy<HashSet<string>> ClaimIds = new(() => Source.ClaimIds);

    [Fact]
    public void The_claims_file_lists_C1_to_C19()
    {
        Assert.Equal(Enumerable.Range(1, 19).Select(i => $"C{i}").ToHashSet(), ClaimIds.Value);
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
                Assert.True(ClaimIds.Value.Contains(tag) || tag is "I1" or "I2" or "I3" or "I4" or "I5", $"{rule.Name} has an unknown tag {tag}");
            }

            // The enlistment combinator and the members-only rules (I4) cite the claims that decided the enlistment,
            // not claims of their own; every other rule names the claims it encodes.
            if (rule.Name != "Enlistment.Outcome" && !rule.Tags.Contains("I4")) Assert.Contains(rule.Tags, t => t.StartsWith('C'));
        }
    }

    [Fact]
    public void Every_claim_is_encoded_by_at_least_one_rule()
    {
        var tagged = TestEngine.Instance.Rules.Select(r => r.Definition).SelectMany(r => r.Tags).ToHashSet();
        Assert.DoesNotContain(ClaimIds.Value, c => !tagged.Contains(c));
    }

    [Fact]
    public void Every_quote_is_verbatim_in_the_source()
    {
        foreach (var field in typeof(SourceQuotes).GetFields())
        {
            var quote = (string)field.GetValue(null)!;
            Assert.True(SourceText.Value.Contains(quote, StringComparison.Ordinal), $"{field.Name} is not verbatim in the source: {quote}");
        }
    }

    [Fact]
    public void Every_parameter_cites_a_claim_whose_quote_is_in_the_source()
    {
        var parameters = typeof(ShippedParameters).GetFields().Where(f => f.FieldType == typeof(ParameterValue)).Select(f => (ParameterValue)f.GetValue(null)!).ToArray();
        Assert.NotEmpty(parameters);
        foreach (var p in parameters)
        {
            Assert.NotEmpty(p.Citation.Claims);
            Assert.All(p.Citation.Claims, c => Assert.Contains(c, ClaimIds.Value));
            Assert.Contains(p.Citation.Quote, SourceText.Value, StringComparison.Ordinal);
        }
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
                    Assert.All(f.Claims, claim => Assert.Contains(claim, ClaimIds.Value));
                    Assert.Contains(f.Quote, SourceText.Value, StringComparison.Ordinal);
                    Assert.False(string.IsNullOrWhiteSpace(f.Text));

                    // The I4 rules cite the claims that decided the enlistment; every other rule cites its own tags.
                    if (!tags[f.RuleId].Contains("I4")) Assert.Subset(tags[f.RuleId], f.Claims.ToHashSet());
                }
            }
        }
    }
}
