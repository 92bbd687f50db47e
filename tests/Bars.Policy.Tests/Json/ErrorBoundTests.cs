using System.Text;
using System.Text.Json;
using Bars.Policy.Json;
using Bars.Policy.Tests.Cli;
using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Json;

/// <summary>
/// Issue 25, finding 5: memory and output followed the number of errors (600 lines of 50,000 wrong injuries peaked
/// at 4 GB). A case keeps its first <see cref="CaseErrors.Kept"/> errors, in document order, and one more counts the
/// rest — in the JSON reader (evaluate, batch and the web host share it) and in the checks of a read case.
/// </summary>
public sealed class ErrorBoundTests
{
    private const int Injuries = 50_000;

    private static readonly string ManyWrongInjuries =
        "{\"caseId\":\"many\",\"region\":\"Kursk\",\"asOf\":\"2024-10-01\",\"injuries\":[" + string.Join(',', Enumerable.Repeat("1", Injuries)) + "]}";

    [Fact]
    public void A_document_with_fifty_thousand_wrong_values_keeps_the_first_hundred_errors_and_counts_the_rest()
    {
        var read = PolicyJson.ReadCase(ManyWrongInjuries);

        Assert.Null(read.Case);
        Assert.Equal(CaseErrors.Kept + 1, read.Errors.Count);
        Assert.Equal(Enumerable.Range(0, CaseErrors.Kept).Select(i => $"injuries[{i}]"), read.Errors.Take(CaseErrors.Kept).Select(e => e.Path));
        Assert.Equal(new ValidationError("$", "… and 49,900 more errors (the first 100 are given)."), read.Errors[^1]);
        Assert.Equal(CaseErrors.Kept + 1, TestEngine.Instance.EvaluateJson(ManyWrongInjuries).Errors.Count);
    }

    [Fact]
    public void A_read_case_with_fifty_thousand_invalid_injuries_is_answered_with_the_same_bound()
    {
        var injuries = Enumerable.Repeat(new Injury(new DateOnly(2024, 9, 20), OnDuty: null), Injuries).ToArray();
        var c = PolicyJson.ReadCase(CaseJson.Valid("c", "Kursk")).Case! with { Injuries = injuries };

        var decision = TestEngine.Instance.Evaluate(c);

        Assert.Equal(CaseErrors.Kept + 1, decision.Errors.Count);
        Assert.Equal("injuries[0].onDuty", decision.Errors[0].Path);
        Assert.EndsWith("more errors (the first 100 are given).", decision.Errors[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_small_number_of_errors_is_given_whole()
    {
        var read = PolicyJson.ReadCase("{\"caseId\":\"few\",\"region\":\"Kursk\",\"asOf\":\"2024-10-01\",\"injuries\":[" + string.Join(',', Enumerable.Repeat("1", CaseErrors.Kept)) + "]}");

        Assert.Equal(CaseErrors.Kept, read.Errors.Count);
        Assert.DoesNotContain(read.Errors, e => e.Message.Contains("more errors", StringComparison.Ordinal));
    }

    // The CLI's batch line and evaluate go through the same reader: one answer line of 101 errors, not 50,000.
    [Fact]
    public void Batch_and_evaluate_answer_such_a_line_with_the_bounded_errors()
    {
        var batch = CliHarness.RunWithStdin(ManyWrongInjuries + "\n", "batch", "-");
        var evaluate = CliHarness.RunWithStdin(ManyWrongInjuries, "evaluate", "-", "--compact");

        foreach (var output in new[] { batch.Stdout, evaluate.Stdout })
        {
            using var answer = JsonDocument.Parse(output);
            Assert.Equal(CaseErrors.Kept + 1, answer.RootElement.GetProperty("errors").GetArrayLength());
            Assert.True(Encoding.UTF8.GetByteCount(output) < 64 * 1024, $"{output.Length} characters for one answer");
        }
    }
}
