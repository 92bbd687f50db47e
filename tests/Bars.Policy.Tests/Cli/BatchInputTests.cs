using System.Text;
using System.Text.RegularExpressions;

namespace Bars.Policy.Tests.Cli;

/// <summary>
/// How <c>batch</c> reads its input (docs/cli.md, "Input"): lines end at <c>\n</c> only, a line over the maximum is
/// answered with an error, bytes are UTF-8 strictly, a byte-order mark only at the very start, and every error names
/// its input line.
/// </summary>
public sealed class BatchInputTests
{
    private static string[] Answer(TempFolder temp, byte[] input, params string[] options)
    {
        var path = temp.File("in.jsonl");
        File.WriteAllBytes(path, input);
        var output = temp.File("out.jsonl");
        var run = CliHarness.Run(["batch", path, "-o", output, .. options]);
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.DoesNotContain(CliHarness.StackTraceMarker, run.Stderr, StringComparison.Ordinal);
        return CliResult.Lines(File.ReadAllText(output));
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    // The case with a carriage return between two of its fields: legal JSON whitespace.
    private static string WithBareCarriageReturn(string caseId) => CaseJson.Valid(caseId, "Kursk").Replace(",\"region\"", ",\r\"region\"", StringComparison.Ordinal);

    [Fact]
    public void Batch_BareCarriageReturnInsideALine_IsWhitespaceNotALineEnd()
    {
        using var temp = new TempFolder();
        var text = CaseJson.Valid("a", "Kursk") + "\n" + WithBareCarriageReturn("b") + "\n" + CaseJson.Valid("c", "Bryansk") + "\n";

        var decisions = Answer(temp, Utf8(text)).Select(PolicyJson.ReadDecision).ToList();

        Assert.Equal(["a", "b", "c"], decisions.Select(d => d.CaseId));
        Assert.All(decisions, d => Assert.True(d.IsValid, string.Join("; ", d.Errors)));
    }

    [Fact]
    public void Batch_CrLfLineEnds_AreOneLineEndEach()
    {
        using var temp = new TempFolder();
        var text = CaseJson.Valid("a", "Kursk") + "\r\n" + CaseJson.Valid("b", "Belgorod") + "\r\n" + CaseJson.Valid("c", "Bryansk");

        var decisions = Answer(temp, Utf8(text)).Select(PolicyJson.ReadDecision).ToList();

        Assert.Equal(["a", "b", "c"], decisions.Select(d => d.CaseId));
        Assert.All(decisions, d => Assert.True(d.IsValid, string.Join("; ", d.Errors)));
    }

    [Fact]
    public void Compare_BareCarriageReturnInsideALine_CountsOneCase()
    {
        using var temp = new TempFolder();
        var cases = temp.Write("cases.jsonl", CaseJson.Valid("a", "Kursk") + "\n" + WithBareCarriageReturn("b") + "\n" + CaseJson.Valid("c", "Bryansk") + "\n");

        var run = CliHarness.Run("compare", "--reform", CliHarness.SamplePath("reform.json"), cases);

        Assert.Equal(0, run.ExitCode);
        using var summary = System.Text.Json.JsonDocument.Parse(run.Stdout);
        Assert.Equal(3, summary.RootElement.GetProperty("cases").GetInt64());
        Assert.Equal(0, summary.RootElement.GetProperty("invalid").GetInt64());
    }

    [Fact]
    public void Batch_JsonSyntaxErrorOnLine5_NamesInputLine5AndThePositionWithinIt()
    {
        using var temp = new TempFolder();
        var lines = Enumerable.Range(1, 4).Select(i => CaseJson.Valid($"ok-{i}", "Kursk")).Append("""{"caseId":"broken","region":"Kursk",,}""");

        var answers = Answer(temp, Utf8(string.Join("\n", lines) + "\n"));

        var broken = PolicyJson.ReadDecision(answers[4]);
        Assert.Equal("broken", broken.CaseId);
        var error = Assert.Single(broken.Errors);
        Assert.Contains("not valid JSON", error.Message, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"\bline 5\b"), error.Message);
        Assert.DoesNotMatch(new Regex(@"\bline 1\b"), error.Message);
        // The position within the line, in the same breath as the line.
        Assert.Matches(new Regex(@"\bline 5, (byte|column) 3[0-9]\b"), error.Message);
    }

    [Fact]
    public void Batch_EveryErrorOfAnAnswer_NamesItsInputLine()
    {
        using var temp = new TempFolder();
        var lines = new[]
        {
            CaseJson.Valid("ok-1", "Kursk"),
            "",
            "   \t",
            "{\"caseId\":",
            CaseJson.Valid("unknown-field", "Bryansk").TrimEnd('}') + ",\"nickname\":\"Vasya\"}",
            CaseJson.Valid("no-such-region", "Atlantis"),
        };

        var decisions = Answer(temp, Utf8(string.Join("\n", lines) + "\n")).Select(PolicyJson.ReadDecision).ToList();

        Assert.Equal(lines.Length, decisions.Count);
        for (var i = 1; i < lines.Length; i++)
        {
            var line = i + 1;
            Assert.False(decisions[i].IsValid, $"line {line} should be invalid");
            Assert.All(decisions[i].Errors, e => Assert.Matches(new Regex($@"\bline {line}\b"), e.Message));
        }

        Assert.Equal("unknown-field", decisions[4].CaseId);
        Assert.Equal("no-such-region", decisions[5].CaseId);
    }

    [Fact]
    public void Batch_WhitespaceOnlyLine_IsAnErrorLikeAnEmptyLine()
    {
        using var temp = new TempFolder();

        var decisions = Answer(temp, Utf8(CaseJson.Valid("a", "Kursk") + "\n \t \n\n")).Select(PolicyJson.ReadDecision).ToList();

        Assert.Equal(3, decisions.Count);
        Assert.Contains("line 2 is empty", Assert.Single(decisions[1].Errors).Message, StringComparison.Ordinal);
        Assert.Contains("line 3 is empty", Assert.Single(decisions[2].Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_LineLongerThanTheMaximum_IsAnsweredWithAnErrorAndTheBatchGoesOn()
    {
        using var temp = new TempFolder();
        var padded = CaseJson.Valid("too-long", "Kursk").TrimEnd('}') + new string(' ', 1000) + "}";
        var text = CaseJson.Valid("a", "Kursk") + "\n" + padded + "\n" + CaseJson.Valid("c", "Bryansk") + "\n";

        var decisions = Answer(temp, Utf8(text), "--max-line-bytes", "1000").Select(PolicyJson.ReadDecision).ToList();

        Assert.Equal(3, decisions.Count);
        Assert.True(decisions[0].IsValid);
        Assert.Equal("line 2 is longer than 1,000 bytes.", Assert.Single(decisions[1].Errors).Message);
        Assert.Equal("$", decisions[1].Errors[0].Path);
        Assert.True(decisions[2].IsValid);
        Assert.Equal("c", decisions[2].CaseId);
    }

    [Fact]
    public void Batch_LineOfExactlyTheMaximum_IsRead_AndOneByteMoreIsNot()
    {
        using var temp = new TempFolder();
        var json = CaseJson.Valid("exact", "Kursk");
        var max = Encoding.UTF8.GetByteCount(json);
        var text = json + "\r\n" + json + " \n" + json;

        var decisions = Answer(temp, Utf8(text), "--max-line-bytes", max.ToString(System.Globalization.CultureInfo.InvariantCulture)).Select(PolicyJson.ReadDecision).ToList();

        Assert.Equal(3, decisions.Count);
        Assert.True(decisions[0].IsValid, string.Join("; ", decisions[0].Errors));
        Assert.StartsWith("line 2 is longer than", Assert.Single(decisions[1].Errors).Message, StringComparison.Ordinal);
        Assert.True(decisions[2].IsValid, string.Join("; ", decisions[2].Errors));
    }

    [Fact]
    public void Batch_DefaultMaximumLine_IsOneMebibyte()
    {
        using var temp = new TempFolder();
        var json = CaseJson.Valid("big", "Kursk");
        var exact = json.TrimEnd('}') + new string(' ', (1 << 20) - Encoding.UTF8.GetByteCount(json)) + "}";
        var over = exact + " ";

        var decisions = Answer(temp, Utf8(exact + "\n" + over + "\n")).Select(PolicyJson.ReadDecision).ToList();

        Assert.True(decisions[0].IsValid, string.Join("; ", decisions[0].Errors));
        Assert.Equal("line 2 is longer than 1,048,576 bytes.", Assert.Single(decisions[1].Errors).Message);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("lots")]
    public void Batch_MaximumLineBelowOneOrNotANumber_IsRefused(string max)
    {
        var run = CliHarness.RunWithStdin("", "batch", "-", "--max-line-bytes", max);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--max-line-bytes", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(CliHarness.StackTraceMarker, run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_InvalidUtf8InALine_IsAnsweredWithTheByteItBreaksAt()
    {
        using var temp = new TempFolder();
        // Two caseIds that differ only in their bad byte: replacing it (with U+FFFD) would make them one.
        var first = Utf8(CaseJson.Valid("id-X", "Kursk"));
        var second = Utf8(CaseJson.Valid("id-Y", "Kursk"));
        var at = Array.IndexOf(first, (byte)'X');
        first[at] = 0xFF;
        second[at] = 0xFE;
        byte[] input = [.. Utf8(CaseJson.Valid("ok", "Kursk") + "\n"), .. first, (byte)'\n', .. second, (byte)'\n'];

        var decisions = Answer(temp, input).Select(PolicyJson.ReadDecision).ToList();

        Assert.Equal(3, decisions.Count);
        Assert.True(decisions[0].IsValid);
        foreach (var (d, line) in new[] { (decisions[1], 2), (decisions[2], 3) })
        {
            var error = Assert.Single(d.Errors);
            Assert.Equal("$", error.Path);
            Assert.Equal($"line {line} is not valid UTF-8 at byte {at + 1}.", error.Message);
            Assert.Null(d.CaseId);
        }
    }

    [Fact]
    public void Batch_ByteOrderMarkAtTheStartOfTheInput_IsSkipped()
    {
        using var temp = new TempFolder();

        var decisions = Answer(temp, [0xEF, 0xBB, 0xBF, .. Utf8(CaseJson.Valid("a", "Kursk") + "\n")]).Select(PolicyJson.ReadDecision).ToList();

        Assert.True(Assert.Single(decisions).IsValid);
    }

    [Fact]
    public void Batch_DoubledByteOrderMark_IsAnError()
    {
        using var temp = new TempFolder();

        var decisions = Answer(temp, [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. Utf8(CaseJson.Valid("a", "Kursk") + "\n" + CaseJson.Valid("b", "Kursk"))])
            .Select(PolicyJson.ReadDecision).ToList();

        Assert.Equal(2, decisions.Count);
        Assert.Equal("line 1 starts with a byte-order mark; only the input's first bytes may be one.", Assert.Single(decisions[0].Errors).Message);
        Assert.True(decisions[1].IsValid);
    }

    [Fact]
    public void Batch_ByteOrderMarkAtTheStartOfALaterLine_IsAnError()
    {
        using var temp = new TempFolder();

        var decisions = Answer(temp, [.. Utf8(CaseJson.Valid("a", "Kursk") + "\n"), 0xEF, 0xBB, 0xBF, .. Utf8(CaseJson.Valid("b", "Kursk"))])
            .Select(PolicyJson.ReadDecision).ToList();

        Assert.True(decisions[0].IsValid);
        Assert.StartsWith("line 2 starts with a byte-order mark", Assert.Single(decisions[1].Errors).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    public void Batch_Utf16Input_IsRefusedWithAClearMessage(string encoding)
    {
        using var temp = new TempFolder();
        var path = temp.File("in.jsonl");
        var utf16 = Encoding.GetEncoding(encoding);
        File.WriteAllBytes(path, [.. utf16.GetPreamble(), .. utf16.GetBytes(CaseJson.Valid("a", "Kursk") + "\n")]);

        var output = temp.File("out.jsonl");

        var run = CliHarness.Run("batch", path, "-o", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.False(File.Exists(output), "an output was created for input that cannot be read");
        Assert.Contains("is UTF-16", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("UTF-8", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(CliHarness.StackTraceMarker, run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_Summary_SaysHowManyLinesWereReadAndAnswered()
    {
        using var temp = new TempFolder();
        var input = temp.Write("in.jsonl", CaseJson.Valid("a", "Kursk") + "\n\n" + CaseJson.Valid("c", "Kursk") + "\n");

        var run = CliHarness.Run("batch", input, "-o", temp.File("out.jsonl"));

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(new Regex(@"^bars-policy: answered 3 cases of 3 lines read; 1 with errors; "), Assert.Single(CliResult.Lines(run.Stderr)));
    }
}
