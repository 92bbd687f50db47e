using System.Text;
using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Engine;

/// <summary>
/// The batch over UTF-8 lines (what <c>bars-policy batch</c> gives the library) answers every line as the batch
/// over text lines does: valid cases, blank lines (a no-break space is not blank, either way), JSON errors, a
/// byte-order mark after the first line; and the bytes-only answers (invalid UTF-8, the first line's mark) with
/// their own errors, one answer per line, in order.
/// </summary>
public sealed class Utf8BatchTests
{
    private static readonly string[] Lines =
    [
        PolicyJson.Write(Cases.In(Regions.Kursk, contract: Cases.Contract(months: 12)) with { CaseId = "a" }),
        "",
        "   \t",
        "\u00a0",
        "{",
        "null",
        "[]",
        "\uFEFF{}",
        PolicyJson.Write(Cases.In(Regions.Bryansk) with { CaseId = "b \u2028 \"quoted\" \u4e2d" }),
        "{\"caseId\":\"c\",\"unknownField\":1}",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task Byte_lines_are_answered_as_text_lines(int workers)
    {
        var engine = PolicyEngine.CreateDefault();
        var options = new BatchOptions { MaxDegreeOfParallelism = workers, BufferSize = 4 };
        var asText = await ToList(engine.EvaluateLines(Stream(Lines), r => (r.Index, PolicyJson.Write(r.Decision)), options));
        var asBytes = await ToList(engine.EvaluateLines(Stream(Lines.Select(l => (ReadOnlyMemory<byte>)Encoding.UTF8.GetBytes(l))), r => (r.Index, PolicyJson.Write(r.Decision)), options));

        Assert.Equal(asText, asBytes);
        Assert.Equal(Enumerable.Range(0, Lines.Length).Select(i => (long)i), asBytes.Select(a => a.Index));
        Assert.Contains("line 2 is empty", asBytes[1].Item2, StringComparison.Ordinal);
        Assert.Contains("line 3 is empty", asBytes[2].Item2, StringComparison.Ordinal);
        Assert.Contains("is not valid JSON", asBytes[3].Item2, StringComparison.Ordinal); // a no-break space is not blank
    }

    [Fact]
    public async Task Bytes_that_are_not_utf8_and_the_first_lines_mark_are_answered_in_place()
    {
        var engine = PolicyEngine.CreateDefault();
        byte[][] lines = [[0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Lines[0])], [(byte)'{', 0xFF, (byte)'}'], Encoding.UTF8.GetBytes(Lines[0])];
        var answers = await ToList(engine.EvaluateLines(Stream(lines.Select(l => (ReadOnlyMemory<byte>)l))));

        Assert.Equal([0L, 1L, 2L], answers.Select(a => a.Index));
        Assert.True(answers[0].Decision.IsValid); // line 1 may open with a byte-order mark
        Assert.Equal("line 2 is not valid UTF-8 at byte 2.", Assert.Single(answers[1].Decision.Errors).Message); // issue 25: names its line
        Assert.Equal(answers[0].Decision, answers[2].Decision);
    }

    private static async IAsyncEnumerable<T> Stream<T>(IEnumerable<T> items)
    {
        foreach (var item in items)
        {
            await Task.Yield();
            yield return item;
        }
    }

    private static async Task<List<T>> ToList<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items) list.Add(item);
        return list;
    }
}
