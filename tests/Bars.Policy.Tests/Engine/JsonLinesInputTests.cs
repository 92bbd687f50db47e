using System.Text;
using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Engine;

/// <summary>
/// The library's one JSON Lines reader (issue 21, item 3): a stream cut into numbered lines, each answered once, in
/// order, its errors naming its line as the tool and the web package have always named them; limits answered, not held.
/// </summary>
public sealed class JsonLinesInputTests
{
    private static string Line(string caseId) => PolicyJson.Write(Cases.In(Regions.Bryansk) with { CaseId = caseId });

    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));

    private static async Task<List<PolicyDecision>> Answers(BatchInput input) =>
        await TestEngine.Instance.EvaluateMany(input, r => r.Decision, new BatchOptions { MaxDegreeOfParallelism = 2 }).ToListAsync();

    [Fact]
    public async Task Every_line_is_answered_in_order_with_errors_naming_it()
    {
        var text = "\uFEFF" + Line("a") + "\n" + new string('x', Line("a").Length + 4) + "\r\n" + "   \n" + "{\"caseId\":\"d\",\"region\":\n" + "\uFEFF" + Line("e") + "\n" + Line("f");

        var answers = await Answers(BatchInput.JsonLines(Utf8(text), new JsonLinesLimits { MaxLineBytes = Line("a").Length + 3 }));

        Assert.Equal(6, answers.Count);
        Assert.True(answers[0].IsValid);
        Assert.Equal("a", answers[0].CaseId);
        Assert.Equal($"line 2 is longer than {(Line("a").Length + 3).ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} bytes.", Assert.Single(answers[1].Errors).Message);
        Assert.StartsWith("line 3 is empty", Assert.Single(answers[2].Errors).Message, StringComparison.Ordinal);
        Assert.Equal("d", answers[3].CaseId);
        Assert.Contains("line 4,", Assert.Single(answers[3].Errors).Message, StringComparison.Ordinal);
        Assert.Equal("line 5 starts with a byte-order mark; only the input's first bytes may be one.", Assert.Single(answers[4].Errors).Message);
        Assert.True(answers[5].IsValid);
    }

    [Fact]
    public async Task A_line_over_the_limit_is_answered_without_being_held()
    {
        var text = Line("a") + "\n" + new string(' ', 5000) + "x\n" + Line("c") + "\n";

        var answers = await Answers(BatchInput.JsonLines(Utf8(text), new JsonLinesLimits { MaxLineBytes = 1000 }));

        Assert.Equal(3, answers.Count);
        Assert.Equal("line 2 is longer than 1,000 bytes.", Assert.Single(answers[1].Errors).Message);
        Assert.True(answers[2].IsValid);
    }

    [Fact]
    public async Task Past_the_most_lines_or_blank_lines_the_next_line_says_so_and_reading_stops()
    {
        var lines = string.Concat(Enumerable.Range(0, 8).Select(i => Line($"c{i}") + "\n"));
        var many = await Answers(BatchInput.JsonLines(Utf8(lines), new JsonLinesLimits { MaxLines = 5 }));
        Assert.Equal(6, many.Count);
        Assert.StartsWith("line 6: the batch holds more than 5 lines", Assert.Single(many[5].Errors).Message, StringComparison.Ordinal);

        var blanks = await Answers(BatchInput.JsonLines(Utf8(Line("a") + "\n\n\n\n" + Line("b") + "\n"), new JsonLinesLimits { MaxBlankLines = 2 }));
        Assert.Equal(4, blanks.Count);
        Assert.StartsWith("line 4: the batch holds more than 2 empty lines", Assert.Single(blanks[3].Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lines_taken_before_the_batch_are_not_read_again_and_the_rest_keep_their_numbers()
    {
        var input = BatchInput.JsonLines(Utf8(Line("a") + "\n" + Line("b") + "\n" + "{broken\n"));
        Assert.Null(await input.StartAsync());
        Assert.Equal(1, (await input.ReadLineAsync())?.Number);

        var answers = await Answers(input);

        Assert.Equal(["b", null], answers.Select(a => a.CaseId));
        Assert.Contains("line 3,", Assert.Single(answers[1].Errors).Message, StringComparison.Ordinal);
        Assert.Equal(3, input.LinesRead);
    }

    [Fact]
    public async Task A_UTF16_input_is_refused_at_its_start()
    {
        var utf16 = new MemoryStream([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Line("u") + "\n")]);
        var input = BatchInput.JsonLines(utf16);

        Assert.StartsWith("it is UTF-16", await input.StartAsync(), StringComparison.Ordinal);
        var answers = await Answers(BatchInput.JsonLines(new MemoryStream(utf16.ToArray())));
        Assert.StartsWith("line 1: the input cannot be read: it is UTF-16", Assert.Single(Assert.Single(answers).Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Limits_out_of_range_are_refused_at_once()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => BatchInput.JsonLines(Utf8(""), new JsonLinesLimits { MaxLineBytes = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => BatchInput.JsonLines(Utf8(""), new JsonLinesLimits { MaxLineBytes = JsonLinesLimits.MaxLineBytesLimit + 1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => BatchInput.JsonLines(Utf8(""), new JsonLinesLimits { MaxLines = -1 }));
    }
}
