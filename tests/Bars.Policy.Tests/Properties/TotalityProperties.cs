using System.Text.Json;
using Bars.Policy.Cli;
using Bars.Policy.Tests.Cli;
using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Properties;

/// <summary>Bad input never throws: every answer names what is wrong, and a batch answers every line, in order.</summary>
public sealed class TotalityProperties
{
    [PolicyProperty]
    public void Invalid_input_is_answered_with_errors_that_name_a_path_and_never_throws(InvalidInput input)
    {
        var read = PolicyJson.ReadCase(input.Json);
        var decision = TestEngine.Instance.EvaluateJson(input.Json);
        if (input.MustFail) Assert.False(decision.IsValid, "the input should have been rejected");
        if (read.Case is null) Assert.NotEmpty(read.Errors);
        Assert.All(decision.Errors, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Path));
            Assert.False(string.IsNullOrWhiteSpace(e.Message));
            Assert.DoesNotContain("Exception", e.Message, StringComparison.Ordinal);
        });
        if (!decision.IsValid)
        {
            Assert.Null(decision.Enlistment);
            Assert.Empty(decision.Entitlements);
        }
    }

    [PolicyProperty]
    public void A_batch_of_valid_and_invalid_lines_gives_exactly_one_answer_per_line_in_order(CaseSpec[] valid, InvalidInput[] invalid, int seed)
    {
        // Interleave valid and invalid lines; each line's expected caseId is known where it can be read.
        var lines = new List<(string Line, string? CaseId)>();
        for (var i = 0; i < valid.Length; i++) lines.Add((PolicyJson.Write((valid[i] with { CaseId = $"v-{i}" }).ToCase()), $"v-{i}"));
        foreach (var bad in invalid)
        {
            var line = bad.Json.ReplaceLineEndings(" ");
            lines.Insert(Math.Abs(HashCode.Combine(seed, lines.Count)) % (lines.Count + 1), (line, null));
        }

        var stdout = new Stdout();
        var stderr = new StringWriter();
        var exit = new CliApp(Stdin.Of(string.Concat(lines.Select(l => l.Line + "\n"))), stdout, stderr, TestEngine.Instance).Run(["batch", "-"]);

        var answers = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(lines.Count, answers.Length);

        // Every line is answered either way; a batch whose every answer is invalid says so with exit 2 (issue 23). A
        // generated fault may leave its line valid (a wrong type swapped onto an equal value), so the answers decide.
        var allInvalid = answers.Length > 0 && answers.All(a => !PolicyJson.ReadDecision(a).IsValid);
        Assert.True(exit == (allInvalid ? ExitCodes.InvalidCase : ExitCodes.Ok), $"exit {exit}: {stderr}");
        for (var i = 0; i < lines.Count; i++)
        {
            var decision = PolicyJson.ReadDecision(answers[i]);
            if (lines[i].CaseId is { } id)
            {
                Assert.Equal(id, decision.CaseId);
                Assert.True(decision.IsValid);
            }
        }
    }

    [PolicyProperty]
    public void Reading_any_bytes_never_throws(byte[] bytes)
    {
        var read = PolicyJson.ReadCase(bytes);
        Assert.True(read.Case is not null || read.Errors.Count > 0);
    }

    [PolicyProperty]
    public void A_case_whose_bytes_are_not_utf8_is_rejected_at_its_first_bad_byte(CaseSpec spec, int position, byte bad)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(PolicyJson.Write(spec.ToCase()));
        bytes[Math.Abs(position % bytes.Length)] = (byte)(0x80 | bad);
        if (System.Text.Unicode.Utf8.IsValid(bytes)) return;

        var read = PolicyJson.ReadCase(bytes);

        Assert.Null(read.Case);
        var error = Assert.Single(read.Errors);
        Assert.Equal("$", error.Path);
        var match = System.Text.RegularExpressions.Regex.Match(error.Message, "^is not valid UTF-8 at byte ([0-9]+)\\.$");
        Assert.True(match.Success, error.Message);

        // Byte N (from 1) is the first that does not begin a character: all before it is UTF-8, and it starts no sequence.
        var n = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(System.Text.Unicode.Utf8.IsValid(bytes.AsSpan(0, n - 1)));
        Assert.NotEqual(System.Buffers.OperationStatus.Done, System.Text.Rune.DecodeFromUtf8(bytes.AsSpan(n - 1), out _, out _));
    }

    [PolicyProperty]
    public void Reading_any_text_never_throws(string? text)
    {
        var read = PolicyJson.ReadCase(text ?? "");
        Assert.True(read.Case is not null || read.Errors.Count > 0);
        _ = JsonSerializer.Serialize(read.Errors.Count);
    }
}
