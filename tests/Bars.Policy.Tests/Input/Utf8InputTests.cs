using System.Text;
using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Input;

/// <summary>
/// The one set of text rules for a whole document (issue 21, item 3: the tool and the web package used to carry their
/// own copies): one UTF-8 byte-order mark opens it and is skipped, a second is an error, UTF-16 is refused saying how
/// to convert it, bytes that are not UTF-8 are named by their position after the mark.
/// </summary>
public sealed class Utf8InputTests
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    [Fact]
    public void Only_a_UTF8_byte_order_mark_at_the_start_is_skipped()
    {
        Assert.Equal(3, Utf8Input.OpeningMarkLength([.. Bom, (byte)'{']));
        Assert.Equal(0, Utf8Input.OpeningMarkLength("{}"u8));
        Assert.Equal(0, Utf8Input.OpeningMarkLength([0xEF, 0xBB]));
        Assert.Equal(0, Utf8Input.OpeningMarkLength([]));
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x7B, 0x00 })]
    [InlineData(new byte[] { 0xFE, 0xFF, 0x00, 0x7B })]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x00, 0x00 })] // UTF-32 little-endian opens the same way
    public void UTF16_is_refused_saying_how_to_convert_it(byte[] start)
    {
        Assert.Equal(
            "it is UTF-16 (it starts with a UTF-16 byte-order mark); it must be UTF-8: convert it first (e.g. iconv -f UTF-16 -t UTF-8).",
            Utf8Input.Refusal(start));
    }

    [Fact]
    public void UTF8_with_or_without_its_mark_and_an_empty_input_are_not_refused()
    {
        Assert.Null(Utf8Input.Refusal([.. Bom, (byte)'{']));
        Assert.Null(Utf8Input.Refusal("{}"u8));
        Assert.Null(Utf8Input.Refusal([0xFF]));
        Assert.Null(Utf8Input.Refusal([]));
    }

    [Fact]
    public void A_second_byte_order_mark_is_an_error_at_the_root()
    {
        Assert.Equal(
            new ValidationError("$", "starts with a second byte-order mark; only the input's first bytes may be one."),
            Utf8Input.DocumentError([.. Bom, (byte)'{', (byte)'}']));
    }

    [Fact]
    public void Bytes_that_are_not_UTF8_are_named_by_their_position_from_1()
    {
        var text = Encoding.UTF8.GetBytes("{\"caseId\":\"a_b\"}");
        text[12] = 0xFF;

        Assert.Equal(new ValidationError("$", "is not valid UTF-8 at byte 13."), Utf8Input.DocumentError(text));
        Assert.Null(Utf8Input.DocumentError(Encoding.UTF8.GetBytes("{\"caseId\":\"Ёлка\"}")));
        Assert.Null(Utf8Input.DocumentError([]));
    }

    [Fact]
    public void A_document_is_read_to_its_maximum_its_opening_mark_not_counted()
    {
        var read = Utf8Document.Read(new MemoryStream([.. Bom, .. "{}"u8]), maxBytes: 2);
        Assert.Equal("{}"u8.ToArray(), read.Bytes.ToArray());
        Assert.Null(read.Refusal);
        Assert.Null(read.Error);

        var longer = Utf8Document.Read(new MemoryStream(Encoding.UTF8.GetBytes(new string(' ', 5000))), maxBytes: 4096);
        Assert.Equal(4096, longer.Bytes.Length);
        Assert.Equal(new ValidationError("$", "is longer than 4,096 bytes."), longer.Error);
    }

    [Fact]
    public void A_document_in_UTF16_is_refused_and_one_not_in_UTF8_answered_with_its_error()
    {
        var utf16 = Utf8Document.Read(new MemoryStream([0xFF, 0xFE, 0x7B, 0x00]), maxBytes: 100);
        Assert.Equal(Utf8Input.Refusal([0xFF, 0xFE]), utf16.Refusal);
        Assert.Null(utf16.Error);

        Assert.Equal(new ValidationError("$", "is not valid UTF-8 at byte 2."), Utf8Document.Read(new MemoryStream([(byte)'{', 0xFF]), maxBytes: 100).Error);
        Assert.Throws<ArgumentOutOfRangeException>(() => Utf8Document.Read(Stream.Null, maxBytes: 0));
    }

    [Theory]
    [InlineData(FindingsDetail.Full)]
    [InlineData(FindingsDetail.Ids)]
    [InlineData(FindingsDetail.None)]
    public void A_decision_written_as_pooled_UTF8_is_the_contract_s_one_line(FindingsDetail findings)
    {
        var decision = TestEngine.Evaluate(Cases.In(Regions.Bryansk));
        var expected = new MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(expected, new System.Text.Json.JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            PolicyJson.Write(writer, decision, findings);
        }

        using var written = PolicyJson.WriteUtf8(decision, findings);

        Assert.Equal(expected.ToArray(), written.Memory.ToArray());
        if (findings == FindingsDetail.Full) Assert.Equal(PolicyJson.Write(decision), Encoding.UTF8.GetString(written.Memory.Span));
    }

    [Fact]
    public void A_pooled_decision_cannot_be_read_once_given_back()
    {
        var written = PolicyJson.WriteUtf8(TestEngine.Evaluate(Cases.In(Regions.Kursk)));
        written.Dispose();
        written.Dispose();

        Assert.Throws<ObjectDisposedException>(() => written.Memory);
    }
}
