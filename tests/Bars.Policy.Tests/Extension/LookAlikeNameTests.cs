using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bars.Policy.Tests.Extension;

/// <summary>
/// Issue 25, finding 11: a host's region names and citation ids are compared exactly and read by people, so one
/// that looks like another must not be another. <see cref="PolicyNames"/> is the one rule: no character that cannot
/// be seen, no word mixing scripts, NFKC form for names, and no shipped claim id in any spelling. The odd strings are
/// built in code: a test attribute would mangle some of them.
/// </summary>
public sealed class LookAlikeNameTests
{
    private static readonly DateOnly From = new(2025, 1, 1);
    private static readonly string ZeroWidthSpace = char.ConvertFromUtf32(0x200B);

    public static TheoryData<string, string> ClaimIdsInDisguise() => new()
    {
        { "C7", "'C7'" },
        { " c7 ", "'C7'" },
        { "\u0421" + "7", "'C7'" }, // Cyrillic capital Es
        { "\uFF23\uFF17", "'C7'" }, // fullwidth C and 7
        { "\uFF43\uFF11\uFF12", "'C12'" }, // fullwidth small c, 1, 2
        { "I8", "'I8'" }, // a reading of the source
        { "\u0406" + "8", "'I8'" }, // Ukrainian I
        { "\u216D" + "7", "'C7'" }, // Roman numeral one hundred
        { "\U0001D402\U0001D7D5", "'C7'" }, // mathematical bold C and 7
    };

    [Theory]
    [MemberData(nameof(ClaimIdsInDisguise))]
    public void A_host_value_citing_a_shipped_claim_id_in_any_spelling_is_refused(string id, string readAs)
    {
        var error = Refused(o => o.Parameters.Set(Regions.Kursk, Parameter.MonthlyPayRub, 1m, From, new SourceCitation(id, "y")));

        Assert.Contains($"is read as {readAs}, a claim id of the shipped source", error, StringComparison.Ordinal);
        Assert.Contains("a host cites its own source", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_citation_id_with_a_zero_width_space_is_refused_showing_the_code_point()
    {
        var error = Refused(o => o.Parameters.Set(Regions.Kursk, Parameter.MonthlyPayRub, 1m, From, new SourceCitation("C" + ZeroWidthSpace + "7", "y")));

        Assert.Contains(@"its citation id 'C\u200B7' holds U+200B, an invisible format character", error, StringComparison.Ordinal);
        Assert.Contains("Write it without that character.", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0x0000, "a control character")]
    [InlineData(0x00A0, "a space that is not the plain one")]
    [InlineData(0x2060, "an invisible format character")] // word joiner
    [InlineData(0xFE0F, "a character that shows nothing")] // variation selector
    [InlineData(0x3164, "a character that shows nothing")] // Hangul filler
    [InlineData(0xE000, "a private-use character")]
    public void Every_kind_of_unseen_character_in_a_citation_id_is_named(int codePoint, string kind)
    {
        var id = "Kursk order" + char.ConvertFromUtf32(codePoint) + "18";

        var error = Refused(o => o.Parameters.Set(Regions.Kursk, Parameter.MonthlyPayRub, 1m, From, new SourceCitation(id, "y")));

        Assert.Contains($"holds U+{codePoint:X4}, {kind}", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_citation_id_whose_word_mixes_latin_and_cyrillic_letters_is_refused()
    {
        var error = Refused(o => o.Parameters.Set(Regions.Kursk, Parameter.MonthlyPayRub, 1m, From, new SourceCitation("Kursk \u043Erder 18", "y")));

        Assert.Contains("mixes scripts in the word '\u043Erder': Cyrillic U+043E and Latin U+0072, a look-alike. Write the word in one script.", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Kursk order 17/2025 §3")]
    [InlineData("Приказ № 17")] // one script, and № (NFKC "No") is the host's own spelling of its id
    [InlineData("C7 of the Kursk order")]
    public void A_hosts_own_citation_id_is_taken_as_written(string id)
    {
        var engine = PolicyEngine.Create(o => o.Parameters.Set(Regions.Kursk, Parameter.MonthlyPayRub, 1m, From, new SourceCitation(id, "y")));

        var asOf = From.AddDays(30);
        var pay = engine.Evaluate(new PolicyCase("h-1", Regions.Kursk, asOf, new Applicant(asOf.AddYears(-40), Sex.Male), new Contract(12, asOf.AddDays(-10))))
            .Entitlement(EntitlementKind.MonthlyPay);
        Assert.Equal([id], pay.Findings.Single(f => f.Quote == "y").Claims);
    }

    public static TheoryData<string, string> RegionsInDisguise() => new()
    {
        { "Test" + char.ConvertFromUtf32(0x200B) + "land", @"'Test\u200Bland' holds U+200B, an invisible format character" },
        { "\u041A" + "ursk", "mixes scripts in the word '\u041Aursk': Cyrillic U+041A and Latin U+0075" },
        { "K\u0443rsk", "mixes scripts in the word 'K\u0443rsk': Latin U+004B and Cyrillic U+0443" },
        { "\uFF34estland", "holds U+FF34, a compatibility form of 'T' (fullwidth, " },
        { "\u216Dursk", "holds U+216D, a compatibility form of 'C' (" }, // Roman numeral one hundred
    };

    [Theory]
    [MemberData(nameof(RegionsInDisguise))]
    public void A_region_name_that_looks_like_another_is_refused_naming_the_code_point(string region, string expected)
    {
        var error = Refused(o => o.AddRegion(region));

        Assert.StartsWith("Region '", error, StringComparison.Ordinal);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_region_name_holding_a_lone_surrogate_is_refused()
    {
        var error = Refused(o => o.AddRegion(new string(['\uD800', 'x'])));

        Assert.Contains(@"'\uD800x' holds U+D800, a lone surrogate", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_region_named_in_one_script_other_than_latin_is_a_region()
    {
        var engine = PolicyEngine.Create(o => o.AddRegion("Курск"));

        Assert.Contains("Курск", engine.Regions);
    }

    [Fact]
    public void The_options_validator_applies_the_same_rule()
    {
        using var provider = new ServiceCollection().AddBarsPolicy(o => o.AddRegion("C" + ZeroWidthSpace + "land")).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<PolicyEngine>());
        Assert.Contains("holds U+200B", error.Message, StringComparison.Ordinal);
    }

    private static string Refused(Action<PolicyEngineOptions> configure) =>
        Assert.Single(Assert.Throws<PolicyConfigurationException>(() => PolicyEngine.Create(configure)).Failures);
}
