using Bars.Policy.Tests.Json;
using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Validation;

/// <summary>
/// A caseId has at most 256 characters, and a region's name longer than 64 is never a known one: longer values are
/// errors, and an invalid decision never carries them, so no writer meets a value it cannot write.
/// </summary>
public sealed class FieldLengthTests
{
    [Fact]
    public void A_caseId_of_256_characters_is_valid()
    {
        var id = new string('c', 256);

        var decision = TestEngine.Instance.EvaluateJson(JsonCases.With(d => d["caseId"] = id));

        InvalidDecision.AssertValid(decision);
        Assert.Equal(id, decision.CaseId);
    }

    [Fact]
    public void A_caseId_of_257_characters_is_an_error_naming_the_limit_and_is_not_echoed()
    {
        var decision = TestEngine.Instance.EvaluateJson(JsonCases.With(d => d["caseId"] = new string('c', 257)));

        var error = InvalidDecision.AssertSingleError(decision, "caseId");
        Assert.Equal("has 257 characters: at most 256 are allowed.", error.Message);
        Assert.Null(decision.CaseId);
        Assert.Equal(Regions.Bryansk, decision.Region);
    }

    [Fact]
    public void A_megabyte_caseId_gets_a_short_answer_that_can_be_written()
    {
        var c = Cases.In(Regions.Kursk) with { CaseId = new string('x', 1 << 20) };

        var decision = TestEngine.Evaluate(c);

        var error = InvalidDecision.AssertSingleError(decision, "caseId");
        Assert.Equal($"has {1 << 20} characters: at most 256 are allowed.", error.Message);
        Assert.Null(decision.CaseId);
        Assert.True(PolicyJson.Write(decision).Length < 500);
    }

    [Fact]
    public void The_caseId_read_from_a_broken_document_is_not_echoed_when_too_long()
    {
        var json = "{ \"caseId\": \"" + new string('c', 300) + "\", \"region\": ";

        var read = PolicyJson.ReadCase(json);

        Assert.Null(read.CaseId);
        Assert.Null(TestEngine.Instance.EvaluateJson(json).CaseId);
    }

    [Fact]
    public void The_caseId_of_a_read_case_is_not_echoed_in_the_result_when_too_long()
    {
        var id = new string('c', 257);

        var read = PolicyJson.ReadCase(JsonCases.With(d => d["caseId"] = id));

        Assert.Equal(id, read.Case!.CaseId);
        Assert.Null(read.CaseId);
    }

    [Fact]
    public void The_caseId_limit_counts_utf16_units()
    {
        var fits = string.Concat(Enumerable.Repeat("🎄", 128));
        var over = fits + "c";

        InvalidDecision.AssertValid(TestEngine.Evaluate(Cases.In(Regions.Kursk) with { CaseId = fits }));
        InvalidDecision.AssertSingleError(TestEngine.Evaluate(Cases.In(Regions.Kursk) with { CaseId = over }), "caseId");
    }

    [Fact]
    public void An_unknown_region_of_64_characters_is_echoed()
    {
        var region = new string('r', 64);

        var decision = TestEngine.Evaluate(Cases.In(region));

        InvalidDecision.AssertSingleError(decision, "region");
        Assert.Equal(region, decision.Region);
    }

    [Fact]
    public void An_unknown_region_longer_than_64_characters_is_not_echoed_in_the_decision()
    {
        var decision = TestEngine.Evaluate(Cases.In(new string('r', 1 << 20)));

        InvalidDecision.AssertSingleError(decision, "region");
        Assert.Null(decision.Region);
        Assert.Equal(Cases.AsOf, decision.AsOf);
        Assert.True(PolicyJson.Write(decision).Length < 500);
    }
}
