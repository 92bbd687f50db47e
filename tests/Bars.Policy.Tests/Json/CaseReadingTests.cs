using System.Text;
using System.Text.Json.Nodes;
using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Json;

/// <summary>Reading cases: unknown fields, wrong types, malformed dates and malformed documents are errors naming the field.</summary>
public sealed class CaseReadingTests
{
    [Fact]
    public void The_valid_document_reads_without_errors()
    {
        var read = PolicyJson.ReadCase(JsonCases.Valid);

        Assert.Empty(read.Errors);
        Assert.NotNull(read.Case);
        Assert.Equal("c-1", read.CaseId);
        var c = read.Case;
        Assert.Equal("c-1", c.CaseId);
        Assert.Equal(Regions.Bryansk, c.Region);
        Assert.Equal(new DateOnly(2024, 10, 1), c.AsOf);
        Assert.Equal(new Applicant(new DateOnly(1980, 5, 1), Sex.Female), c.Applicant);
        Assert.Equal(new Contract(12, new DateOnly(2024, 9, 1), null), c.Contract);
        Assert.Equal([new Injury(new DateOnly(2024, 9, 20), true)], c.Injuries!);
    }

    [Fact]
    public void Absent_flags_contract_and_injuries_read_as_false_and_absent()
    {
        var read = PolicyJson.ReadCase("""{ "caseId": "c-2", "region": "Kursk", "asOf": "2024-10-01", "applicant": { "birthDate": "1980-05-01", "sex": "Male" } }""");

        Assert.Empty(read.Errors);
        Assert.Equal(new Applicant(new DateOnly(1980, 5, 1), Sex.Male), read.Case!.Applicant);
        Assert.Null(read.Case.Contract);
        Assert.Null(read.Case.Injuries);
    }

    [Theory]
    [InlineData("foo")]
    [InlineData("CaseId")]
    [InlineData("case_id")]
    public void An_unknown_top_level_field_is_an_error_naming_it(string field)
    {
        var error = JsonCases.AssertUnreadable(JsonCases.With(d => d[field] = 1), field);

        Assert.Contains("not a field", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_applicant_field_is_an_error_naming_its_path()
    {
        var error = JsonCases.AssertUnreadable(JsonCases.With(d => d["applicant"]!["foo"] = true), "applicant.foo");

        Assert.Contains("not a field", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_contract_field_is_an_error_naming_its_path()
    {
        var error = JsonCases.AssertUnreadable(JsonCases.With(d => d["contract"]!["endDate"] = "2025-09-01"), "contract.endDate");

        Assert.Contains("not a field", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_injury_field_is_an_error_naming_its_path()
    {
        var error = JsonCases.AssertUnreadable(JsonCases.With(d => d["injuries"]![0]!["severity"] = "grave"), "injuries[0].severity");

        Assert.Contains("not a field", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_field_given_twice_is_an_error_naming_it()
    {
        var json = """{ "caseId": "c-1", "caseId": "c-2", "region": "Kursk", "asOf": "2024-10-01", "applicant": { "birthDate": "1980-05-01", "sex": "Male" } }""";

        JsonCases.AssertUnreadable(json, "caseId");
    }

    public static TheoryData<string, string, string> WrongTypes() => new()
    {
        { "contract.months", "\"12\"", "whole number" },
        { "contract.months", "12.5", "whole number" },
        { "applicant.healthRestriction", "\"yes\"", "true or false" },
        { "applicant.healthRestriction", "null", "true or false" },
        { "applicant.publicOfficial", "1", "true or false" },
        { "applicant.sex", "1", "Male or Female" },
        { "applicant.sex", "\"Other\"", "Male or Female" },
        { "applicant.sex", "\"1\"", "Male or Female" },
        { "applicant", "\"Ivan\"", "object" },
        { "applicant", "[]", "object" },
        { "contract", "12", "object" },
        { "caseId", "5", "string" },
        { "region", "true", "string" },
        { "region", "{}", "string" },
        { "injuries", "{}", "list" },
        { "injuries[0]", "5", "injury" },
        { "injuries[0].onDuty", "\"true\"", "true or false" },
    };

    [Theory]
    [MemberData(nameof(WrongTypes))]
    public void A_wrong_type_is_an_error_naming_the_field(string path, string value, string expected)
    {
        var json = JsonCases.With(d => Set(d, path, JsonNode.Parse(value)));

        var error = JsonCases.AssertUnreadable(json, path);

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Male, Female")]
    [InlineData("Female,Male")]
    [InlineData("Male,Male")]
    [InlineData(" Male")]
    [InlineData("Female ")]
    [InlineData("male")]
    [InlineData("FEMALE")]
    public void Sex_that_is_not_exactly_one_name_is_an_error_at_applicant_sex(string value)
    {
        var json = JsonCases.With(d => d["applicant"]!["sex"] = value);

        var error = JsonCases.AssertUnreadable(json, "applicant.sex");

        Assert.Contains("Male or Female", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> MalformedDates()
    {
        var data = new TheoryData<string, string>();
        string[] paths = ["asOf", "applicant.birthDate", "contract.startDate", "contract.terminatedEarlyOn", "injuries[0].date"];
        string[] values = ["2024-13-01", "01.10.2024", "2024-1-1", "2024-02-30", "2024-10-01T00:00:00", " 2024-10-01", "", "yesterday"];
        foreach (var path in paths)
        {
            foreach (var value in values)
            {
                data.Add(path, value);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(MalformedDates))]
    public void A_malformed_date_is_an_error_naming_the_field_and_the_format(string path, string value)
    {
        var json = JsonCases.With(d => Set(d, path, JsonValue.Create(value)));

        var error = JsonCases.AssertUnreadable(json, path);

        Assert.Contains("yyyy-MM-dd", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("asOf")]
    [InlineData("applicant.birthDate")]
    [InlineData("contract.startDate")]
    public void A_date_as_a_number_is_an_error_naming_the_field_and_the_format(string path)
    {
        var json = JsonCases.With(d => Set(d, path, JsonValue.Create(20241001)));

        var error = JsonCases.AssertUnreadable(json, path);

        Assert.Contains("yyyy-MM-dd", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("{")]
    [InlineData("}")]
    [InlineData("not json")]
    [InlineData("{ caseId: \"c-1\" }")]
    [InlineData("{ \"caseId\": 'c-1' }")]
    [InlineData("{ \"caseId\": \"c-1\", }")]
    [InlineData("{ \"caseId\": \"c-1\" } { }")]
    [InlineData("{ \"caseId\": \"c-1\" /* comment */ }")]
    [InlineData("{ \"caseId\": \"c-1\", \"region\": }")]
    [InlineData("{ \"caseId\": \"c-1\", \"asOf\": \"2024-10-01")]
    [InlineData("{ \"applicant\": { \"birthDate\": \"1980-05-01\" ")]
    [InlineData("[")]
    [InlineData("\"unterminated")]
    public void Malformed_json_is_an_error_not_an_exception(string json)
    {
        JsonCases.AssertUnreadable(json);
    }

    [Theory]
    [InlineData("[]", "$")]
    [InlineData("[{}]", "$")]
    [InlineData("42", "$")]
    [InlineData("\"c-1\"", "$")]
    [InlineData("true", "$")]
    public void A_document_that_is_not_an_object_is_an_error_at_the_root(string json, string path)
    {
        JsonCases.AssertUnreadable(json, path);
    }

    [Fact]
    public void Deeply_nested_json_is_an_error_not_an_exception()
    {
        var json = "{ \"caseId\": \"deep\", \"applicant\": " + new string('[', 10_000) + new string(']', 10_000) + " }";

        JsonCases.AssertUnreadable(json);
    }

    [Fact]
    public void Invalid_utf8_is_an_error_not_an_exception()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("{ \"caseId\": \"c-1\", \"region\": \"Kur"), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("sk\" }")];

        var read = PolicyJson.ReadCase(bytes);

        Assert.Null(read.Case);
        var error = Assert.Single(read.Errors);
        JsonCases.AssertPlain(error.Message);
    }

    [Fact]
    public void The_null_document_is_an_error_not_an_exception()
    {
        var read = JsonCases.AssertUnreadable("null");

        Assert.Null(read.CaseId);
        Assert.Equal("$", read.Errors[0].Path);
    }

    [Fact]
    public void The_caseId_is_recovered_from_a_document_broken_after_it()
    {
        const string json = """{ "caseId": "c-42", "region": "Kursk", "asOf": """;

        var read = JsonCases.AssertUnreadable(json);

        Assert.Equal("c-42", read.CaseId);
        Assert.Equal("c-42", TestEngine.Instance.EvaluateJson(json).CaseId);
    }

    [Fact]
    public void The_caseId_is_recovered_after_a_complete_nested_object_when_the_document_breaks_later()
    {
        const string json = """{ "region": "Kursk", "applicant": { "birthDate": "1980-05-01", "sex": "Male" }, "caseId": "c-43", "asOf": "2024-10-01", """;

        var read = JsonCases.AssertUnreadable(json);

        Assert.Equal("c-43", read.CaseId);
    }

    [Fact]
    public void The_caseId_is_not_invented_for_a_document_broken_before_it()
    {
        const string json = """{ "region": "Kursk", "applicant": { "birthDate": """;

        var read = JsonCases.AssertUnreadable(json);

        Assert.Null(read.CaseId);
        Assert.Null(TestEngine.Instance.EvaluateJson(json).CaseId);
    }

    [Fact]
    public void The_caseId_is_echoed_when_another_field_has_the_wrong_type()
    {
        var json = JsonCases.With(d => d["contract"]!["months"] = "12");

        var read = PolicyJson.ReadCase(json);
        var decision = TestEngine.Instance.EvaluateJson(json);

        Assert.Equal("c-1", read.CaseId);
        Assert.Equal("c-1", decision.CaseId);
        JsonCases.AssertInvalid(decision);
    }

    [Fact]
    public void ReadCase_of_null_string_is_a_programming_error_and_throws()
    {
        Assert.Throws<ArgumentNullException>(() => PolicyJson.ReadCase((string)null!));
        Assert.Throws<ArgumentNullException>(() => TestEngine.Instance.EvaluateJson((string)null!));
    }

    // Sets the value at a dotted path such as "applicant.sex" or "injuries[0].date".
    private static void Set(JsonObject root, string path, JsonNode? value)
    {
        JsonNode node = root;
        var parts = path.Split('.');
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            var last = i == parts.Length - 1;
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            if (bracket < 0)
            {
                if (last) node.AsObject()[part] = value;
                else node = node[part]!;
                continue;
            }

            var name = part[..bracket];
            var index = int.Parse(part[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture);
            var array = node[name]!.AsArray();
            if (last) array[index] = value;
            else node = array[index]!;
        }
    }

    [Fact]
    public void A_leading_byte_order_mark_is_ignored_in_text_and_in_bytes()
    {
        var json = JsonCases.With(_ => { });
        Assert.NotNull(PolicyJson.ReadCase("\uFEFF" + json).Case);
        Assert.NotNull(PolicyJson.ReadCase([0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(json)]).Case);
    }
}
