using System.Text;
using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Engine;

/// <summary>
/// JSON Lines' encoding rules (issue 11, findings 14 and 22), one set for every input (issue 21): one byte-order mark
/// may open the input and no other, UTF-16 and bytes that are not UTF-8 are refused, a whitespace-only line is empty.
/// </summary>
public sealed class JsonLinesEncodingTests
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    private static byte[] Line(string caseId) => Encoding.UTF8.GetBytes(PolicyJson.Write(Cases.In(Regions.Bryansk) with { CaseId = caseId }));

    private static string Message(CaseReadResult read) => Assert.Single(read.Errors).Message;

    [Fact]
    public void A_byte_order_mark_opening_the_input_is_skipped()
    {
        var read = LineReading.ReadLine([.. Bom, .. Line("bom-1")], 1, mayOpenWithBom: true);

        Assert.Empty(read.Errors);
        Assert.Equal("bom-1", read.Case?.CaseId);
    }

    [Fact]
    public void A_second_byte_order_mark_or_one_on_a_later_line_is_an_error()
    {
        Assert.Equal("line 1 starts with a byte-order mark; only the input's first bytes may be one.", Message(LineReading.ReadLine([.. Bom, .. Bom, .. Line("bom-2")], 1, mayOpenWithBom: true)));
        Assert.Equal("line 3 starts with a byte-order mark; only the input's first bytes may be one.", Message(LineReading.ReadLine([.. Bom, .. Line("bom-3")], 3, mayOpenWithBom: false)));

        // A stream's reader has skipped the input's own mark already: one left on line 1 is the second.
        Assert.Equal("line 1 starts with a byte-order mark; only the input's first bytes may be one.", Message(LineReading.ReadLine([.. Bom, .. Line("bom-4")], 1, mayOpenWithBom: false)));
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE })]
    [InlineData(new byte[] { 0xFE, 0xFF })]
    public void UTF16_is_refused_with_a_clear_message(byte[] mark)
    {
        var utf16 = mark[0] == 0xFF ? Encoding.Unicode.GetBytes("{\"caseId\":\"u\"}") : Encoding.BigEndianUnicode.GetBytes("{\"caseId\":\"u\"}");

        Assert.Contains("UTF-16", Message(LineReading.ReadLine([.. mark, .. utf16], 1, mayOpenWithBom: true)), StringComparison.Ordinal);
    }

    [Fact]
    public void Bytes_that_are_not_UTF8_are_refused_naming_the_byte()
    {
        // "caseId": "a\xFFb" — a replacement character here would let distinct caseIds collide.
        var line = Encoding.UTF8.GetBytes("{\"caseId\":\"a_b\"}");
        line[12] = 0xFF;

        var read = LineReading.ReadLine(line, 1, mayOpenWithBom: true);

        Assert.Null(read.Case);
        // Counted from 1, after the input's byte-order mark, naming the line: as the tool has always said it.
        Assert.Equal("line 1 is not valid UTF-8 at byte 13.", Message(read));
        Assert.Equal("line 1 is not valid UTF-8 at byte 13.", Message(LineReading.ReadLine([.. Bom, .. line], 1, mayOpenWithBom: true)));
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("\t \t")]
    [InlineData("\r")]
    public void A_whitespace_only_line_is_an_empty_line(string line)
    {
        Assert.Equal("line 4 is empty: expected a case object.", Message(LineReading.ReadLine(Encoding.UTF8.GetBytes(line), 4, mayOpenWithBom: false)));
    }
}
