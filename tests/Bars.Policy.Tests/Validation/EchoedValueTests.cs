using System.Text.Json.Nodes;
using Bars.Policy.Tests.Json;
using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Validation;

/// <summary>
/// An error never echoes a huge input back: a value or field name quoted in an error is cut to its first 64
/// characters and "…".
/// </summary>
public sealed class EchoedValueTests
{
    private const int Huge = 1 << 20;

    [Fact]
    public void An_unknown_region_is_quoted_in_full_up_to_64_characters()
    {
        var region = new string('r', 64);

        var error = InvalidDecision.AssertSingleError(TestEngine.Evaluate(Cases.In(region)), "region");

        Assert.StartsWith($"'{region}' is not a known region: expected one of ", error.Message, StringComparison.Ordinal);
    }

    // Issue 22: a region spelled in another case, or one letter off, is named as the region meant.
    [Theory]
    [InlineData("kursk", "Kursk")]
    [InlineData("Bryansk ", "Bryansk")]
    [InlineData("Belgorood", "Belgorod")]
    public void An_unknown_region_near_a_known_one_suggests_it(string region, string meant)
    {
        var error = InvalidDecision.AssertSingleError(TestEngine.Evaluate(Cases.In(region)), "region");

        Assert.Equal($"'{region}' is not a known region: expected one of Belgorod, Bryansk, Kursk. Did you mean '{meant}'?", error.Message);
    }

    [Fact]
    public void A_longer_unknown_region_is_quoted_cut_to_64_characters_with_its_length()
    {
        var error = InvalidDecision.AssertSingleError(TestEngine.Evaluate(Cases.In(new string('r', Huge))), "region");

        Assert.Equal($"'{new string('r', 64)}…' ({Huge} characters) is not a known region: expected one of Belgorod, Bryansk, Kursk.", error.Message);
    }

    [Fact]
    public void A_cut_never_splits_a_surrogate_pair()
    {
        var region = new string('r', 63) + string.Concat(Enumerable.Repeat("🎄", 10));

        var error = InvalidDecision.AssertSingleError(TestEngine.Evaluate(Cases.In(region)), "region");

        Assert.StartsWith($"'{new string('r', 63)}…' (83 characters)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_huge_unknown_field_name_is_cut_in_the_path()
    {
        var name = new string('f', Huge);

        var error = JsonCases.AssertUnreadable(JsonCases.With(d => d[name] = 1), new string('f', 64) + "…");

        Assert.Equal("is not a field of the case.", error.Message);
    }

    [Fact]
    public void A_huge_unknown_field_name_inside_the_applicant_is_cut_in_the_path()
    {
        var name = new string('f', Huge);

        JsonCases.AssertUnreadable(JsonCases.With(d => d["applicant"]![name] = 1), "applicant." + new string('f', 64) + "…");
    }

    [Fact]
    public void A_huge_field_name_the_serializer_writes_in_brackets_is_cut_inside_them()
    {
        var name = "a b" + new string('f', Huge);

        JsonCases.AssertUnreadable(JsonCases.With(d => d[name] = 1), "['a b" + new string('f', 61) + "…']");
    }

    [Fact]
    public void A_document_that_breaks_after_a_huge_field_name_answers_briefly()
    {
        var json = "{ \"caseId\": \"c-1\", \"" + new string('f', Huge) + "\": ";

        var error = Assert.Single(PolicyJson.ReadCase(json).Errors);

        Assert.Equal("$", error.Path);
        Assert.Equal($"is not valid JSON at line 1, column {json.Length + 1}: the document ends too soon.", error.Message);
    }

    [Theory]
    [InlineData("applicant.sex")]
    [InlineData("asOf")]
    [InlineData("contract.months")]
    [InlineData("caseId")]
    public void Errors_about_a_huge_value_are_short(string path)
    {
        var huge = new string('9', Huge);
        var json = JsonCases.With(d =>
        {
            var parts = path.Split('.');
            var owner = parts.Length == 1 ? d : d[parts[0]]!.AsObject();
            owner[parts[^1]] = path == "contract.months" ? JsonNode.Parse(huge) : huge;
        });

        var decision = TestEngine.Instance.EvaluateJson(json);

        var error = InvalidDecision.AssertSingleError(decision, path);
        Assert.True(error.Message.Length < 200, $"{error.Message.Length} characters");
        Assert.True(PolicyJson.Write(decision).Length < 500);
    }
}
