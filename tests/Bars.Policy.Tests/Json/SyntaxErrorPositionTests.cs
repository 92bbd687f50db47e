using System.Text;

namespace Bars.Policy.Tests.Json;

/// <summary>
/// Where a document stops being JSON: "at line L, column C", the line counted from 1 by '\n', the column counted
/// in characters (Unicode code points) from 1 on that line, not in bytes.
/// </summary>
public sealed class SyntaxErrorPositionTests
{
    [Fact]
    public void The_position_of_an_error_on_the_first_line_is_its_line_and_column()
    {
        var error = JsonCases.AssertUnreadable("""{ "caseId": "c-1", "region": }""", "region");

        Assert.Equal("is not valid JSON at line 1, column 30.", error.Message);
    }

    [Fact]
    public void The_column_counts_characters_not_utf8_bytes()
    {
        // "Ёлка" is 4 characters in 8 bytes of UTF-8; the emoji is 1 character (2 UTF-16 units) in 4 bytes.
        var error = JsonCases.AssertUnreadable("""{ "caseId": "Ёлка🎄", "region": }""", "region");

        Assert.Equal("is not valid JSON at line 1, column 32.", error.Message);
    }

    [Fact]
    public void The_line_is_counted_by_line_feeds_and_the_column_restarts_on_each_line()
    {
        const string json = "{\n  \"caseId\": \"Ёлка\",\r\n  \"region\": }";

        var error = JsonCases.AssertUnreadable(json, "region");

        Assert.Equal("is not valid JSON at line 3, column 13.", error.Message);
    }

    [Fact]
    public void The_bytes_and_the_text_of_a_document_report_the_same_position()
    {
        const string json = """{ "caseId": "Ёлка", "asOf": "2024-10-01", "region": , }""";

        var fromText = PolicyJson.ReadCase(json);
        var fromBytes = PolicyJson.ReadCase(Encoding.UTF8.GetBytes(json));

        Assert.Equal(fromText.Errors, fromBytes.Errors);
        Assert.Equal("is not valid JSON at line 1, column 53.", Assert.Single(fromBytes.Errors).Message);
    }

    [Fact]
    public void A_leading_byte_order_mark_is_not_counted()
    {
        const string json = """{ "caseId": "c-1", "region": }""";

        var fromText = PolicyJson.ReadCase("\uFEFF" + json);
        var fromBytes = PolicyJson.ReadCase([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(json)]);

        Assert.Equal("is not valid JSON at line 1, column 30.", Assert.Single(fromText.Errors).Message);
        Assert.Equal(fromText.Errors, fromBytes.Errors);
    }

    [Fact]
    public void A_document_that_ends_too_soon_reports_its_end()
    {
        const string json = """{ "caseId": "c-1", "asOf": """;

        var error = Assert.Single(PolicyJson.ReadCase(json).Errors);

        Assert.Equal("asOf", error.Path);
        Assert.Equal($"is not valid JSON at line 1, column {json.Length + 1}: the document ends too soon.", error.Message);
    }
}
