using System.Text;
using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Engine;

/// <summary>
/// JSON Lines as bytes and as text agree on encodings (issue 11, findings 14 and 22): one byte-order mark may open
/// the input and no other, UTF-16 and bytes that are not UTF-8 are refused, a whitespace-only line is an empty line.
/// </summary>
public sealed class JsonLinesEncodingTests
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    private static byte[] Line(string caseId) => Encoding.UTF8.GetBytes(PolicyJson.Write(Cases.In(Regions.Bryansk) with { CaseId = caseId }));

    private static string Message(CaseReadResult read) => Assert.Single(read.Errors).Message;

    [Fact]
    public void A_byte_order_mark_opening_the_input_is_skipped()
    {
        var read = JsonLines.ReadLine([.. Bom, .. Line("bom-1")], 1);

        Assert.Empty(read.Errors);
        Assert.Equal("bom-1", read.Case?.CaseId);
    }

    [Fact]
    public void A_second_byte_order_mark_or_one_on_a_later_line_is_an_error_as_bytes_and_as_text()
    {
        Assert.Contains("second byte-order mark", Message(JsonLines.ReadLine([.. Bom, .. Bom, .. Line("bom-2")], 1)), StringComparison.Ordinal);
        Assert.Contains("line 3 starts with a byte-order mark", Message(JsonLines.ReadLine([.. Bom, .. Line("bom-3")], 3)), StringComparison.Ordinal);

        // A text reader has skipped the input's own mark already: one left is the second.
        var text = "\uFEFF" + Encoding.UTF8.GetString(Line("bom-4"));
        Assert.Contains("byte-order mark", Message(JsonLines.ReadLine(text, 1)), StringComparison.Ordinal);
        Assert.Contains("line 2 starts with a byte-order mark", Message(JsonLines.ReadLine(text, 2)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE })]
    [InlineData(new byte[] { 0xFE, 0xFF })]
    public void UTF16_is_refused_with_a_clear_message(byte[] mark)
    {
        var utf16 = mark[0] == 0xFF ? Encoding.Unicode.GetBytes("{\"caseId\":\"u\"}") : Encoding.BigEndianUnicode.GetBytes("{\"caseId\":\"u\"}");

        Assert.Contains("UTF-16", Message(JsonLines.ReadLine([.. mark, .. utf16], 1)), StringComparison.Ordinal);
    }

    [Fact]
    public void Bytes_that_are_not_UTF8_are_refused_naming_the_byte()
    {
        // "caseId": "a\xFFb" — a replacement character here would let distinct caseIds collide.
        var line = Encoding.UTF8.GetBytes("{\"caseId\":\"a_b\"}");
        line[12] = 0xFF;

        var read = JsonLines.ReadLine(line, 1);

        Assert.Null(read.Case);
        // Counted from 1, after the input's byte-order mark: as the library's byte path and the CLI count.
        Assert.Equal("is not valid UTF-8 at byte 13.", Message(read));
        Assert.Equal("is not valid UTF-8 at byte 13.", Message(JsonLines.ReadLine([.. Bom, .. line], 1)));
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("\t \t")]
    [InlineData("\r")]
    public void A_whitespace_only_line_is_an_empty_line_as_bytes_and_as_text(string line)
    {
        Assert.Equal("line 4 is empty: expected a case object.", Message(JsonLines.ReadLine(Encoding.UTF8.GetBytes(line), 4)));
        Assert.Equal("line 4 is empty: expected a case object.", Message(JsonLines.ReadLine(line, 4)));
    }
}
