using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Validation;

/// <summary>Issue 25, finding 20: a lone-surrogate caseId given as a PolicyCase was valid and written as "\uFFFD" (two
/// ids became one) while the JSON reader refused it. One rule for both: it is not text.</summary>
public sealed class LoneSurrogateCaseIdTests
{
    // Built in code, not given as theory data: the test runner's own serialization would replace a lone surrogate.
    private static readonly string[] LoneSurrogateIds = ["a" + (char)0xD800, (char)0xDC00 + "b", "x" + (char)0xDC00 + (char)0xD800 + "y"];

    [Fact]
    public void A_caseId_holding_a_lone_surrogate_is_refused_and_not_echoed()
    {
        foreach (var caseId in LoneSurrogateIds) Refused(caseId);
    }

    private static void Refused(string caseId)
    {
        var decision = TestEngine.Evaluate(Cases.In(Regions.Bryansk) with { CaseId = caseId });

        var error = Assert.Single(decision.Errors);
        Assert.Equal(("caseId", "is not text: it holds a lone surrogate."), (error.Path, error.Message));
        Assert.Null(decision.CaseId);
        Assert.DoesNotContain("\\uFFFD", PolicyJson.Write(decision), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_json_reader_refuses_the_same_caseId()
    {
        var json = PolicyJson.Write(Cases.In(Regions.Bryansk)).Replace("\"caseId\":\"test-1\"", "\"caseId\":\"a\\ud800\"", StringComparison.Ordinal);

        var decision = TestEngine.Instance.EvaluateJson(json);

        Assert.False(decision.IsValid);
        Assert.Contains(decision.Errors, e => e.Path == "caseId" && e.Message.Contains("lone surrogate", StringComparison.Ordinal));
    }

    [Fact]
    public void A_surrogate_pair_is_text()
    {
        Assert.True(TestEngine.Evaluate(Cases.In(Regions.Bryansk) with { CaseId = "case-\U0001F600" }).IsValid);
    }
}
