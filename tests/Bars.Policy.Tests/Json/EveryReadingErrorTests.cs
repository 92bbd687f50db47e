using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bars.Policy.Json;
using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Json;

/// <summary>
/// JSON that misses the contract in many places is answered with every miss at once, in document order, each by
/// its path and with the message it gets alone; a document that is not JSON at all gets its one syntax error.
/// </summary>
public sealed class EveryReadingErrorTests
{
    [Fact]
    public void Ten_misses_in_one_document_are_ten_errors_in_document_order()
    {
        const string json = """
            { "caseId": 5, "region": "Kursk", "asOf": "2024-02-30", "colour": "blue",
              "applicant": { "birthDate": "1980-05-01", "sex": "Other", "healthRestriction": null,
                             "missingLimbOrProsthesis": null, "publicOfficial": "yes", "criminalConviction": null },
              "contract": { "months": "x", "startDate": "2024-09-01", "endDate": "2025-09-01" },
              "injuries": [ { "date": "2024-09-20", "onDuty": "true" } ],
              "region": "Bryansk" }
            """;

        var read = PolicyJson.ReadCase(json);

        Assert.Null(read.Case);
        ValidationError[] expected =
        [
            new("caseId", "must be a string."),
            new("asOf", "2024-02-30 is written yyyy-MM-dd but does not exist: February 2024 has 29 days."),
            new("colour", "is not a field of the case."),
            new("applicant.sex", "must be Male or Female."),
            new("applicant.healthRestriction", "must be true or false."),
            new("applicant.missingLimbOrProsthesis", "must be true or false."),
            new("applicant.publicOfficial", "must be true or false."),
            new("applicant.criminalConviction", "must be true or false."),
            new("contract.months", "must be a whole number of months."),
            new("contract.endDate", "is not a field of the contract."),
            new("injuries[0].onDuty", "must be true or false."),
            new("region", "is given more than once."),
        ];
        Assert.Equal(expected, read.Errors);
        Assert.Equal(read.Errors, TestEngine.Instance.EvaluateJson(json).Errors);
    }

    [Fact]
    public void Every_injury_is_walked()
    {
        var json = JsonCases.With(d => d["injuries"] = new JsonArray(
            new JsonObject { ["date"] = "2024-09-20", ["onDuty"] = 1 },
            null,
            5,
            new JsonObject { ["date"] = 20240920, ["onDuty"] = true, ["severity"] = "grave" }));

        var read = PolicyJson.ReadCase(json);

        Assert.Equal(
            [
                new ValidationError("injuries[0].onDuty", "must be true or false."),
                new ValidationError("injuries[2]", "must be an injury object."),
                new ValidationError("injuries[3].date", "must be a date written yyyy-MM-dd."),
                new ValidationError("injuries[3].severity", "is not a field of an injury."),
            ],
            read.Errors);
    }

    [Fact]
    public void What_is_inside_a_value_of_the_wrong_type_or_an_unknown_field_is_not_walked()
    {
        var json = JsonCases.With(d =>
        {
            d["applicant"] = new JsonArray(new JsonObject { ["foo"] = 1 });
            d["extra"] = new JsonObject { ["caseId"] = 5, ["more"] = new JsonArray(1, 2) };
        });

        var read = PolicyJson.ReadCase(json);

        Assert.Equal([new ValidationError("applicant", "must be an object."), new ValidationError("extra", "is not a field of the case.")], read.Errors);
    }

    [Fact]
    public void An_unknown_field_given_twice_is_reported_once_and_a_known_one_each_time_it_repeats()
    {
        const string json = """{ "caseId": "c-1", "foo": 1, "caseId": "c-2", "foo": 2, "caseId": "c-3" }""";

        var read = PolicyJson.ReadCase(json);

        Assert.Equal(
            [new ValidationError("foo", "is not a field of the case."), new ValidationError("caseId", "is given more than once."), new ValidationError("caseId", "is given more than once.")],
            read.Errors);
    }

    [Fact]
    public void A_document_that_also_breaks_as_json_gets_only_its_syntax_error()
    {
        const string json = """{ "caseId": "c-1", "region": 5, "asOf": "2024-10-01", "applicant": { "sex": 1 """;

        var read = PolicyJson.ReadCase(json);

        var error = Assert.Single(read.Errors);
        Assert.Equal("$", error.Path);
        Assert.Equal($"is not valid JSON at line 1, column {json.Length + 1}: the document ends too soon.", error.Message);
        Assert.Equal("c-1", read.CaseId);
    }

    [Fact]
    public void The_caseId_is_recovered_from_a_document_with_many_errors()
    {
        var json = JsonCases.With(d =>
        {
            d["applicant"]!["sex"] = 1;
            d["contract"]!["months"] = "12";
            d["x"] = 1;
        });

        var decision = TestEngine.Instance.EvaluateJson(json);

        Assert.Equal(3, decision.Errors.Count);
        Assert.Equal("c-1", decision.CaseId);
    }

    [Fact]
    public void An_escaped_lone_surrogate_is_an_error_at_its_field_saying_so()
    {
        var read = PolicyJson.ReadCase(JsonCases.Valid.Replace("\"c-1\"", "\"c-\\ud800\"", StringComparison.Ordinal));

        Assert.Equal([new ValidationError("caseId", "is not text: it escapes a lone surrogate.")], read.Errors);
    }

    [Fact]
    public void A_field_name_that_escapes_a_lone_surrogate_is_an_error_at_its_object()
    {
        var read = PolicyJson.ReadCase(JsonCases.Valid.Replace("\"sex\"", "\"s\\udc00x\"", StringComparison.Ordinal));

        Assert.Equal([new ValidationError("applicant", "has a field whose name is not text: it escapes a lone surrogate.")], read.Errors);
    }

    public static TheoryData<string> Fields() =>
    [
        "caseId", "region", "asOf", "applicant", "contract", "injuries", "applicant.birthDate", "applicant.sex",
        "applicant.healthRestriction", "applicant.formerWarParticipant", "contract.months", "contract.startDate",
        "contract.terminatedEarlyOn", "injuries[0]", "injuries[0].date", "injuries[0].onDuty", "extra", "applicant.extra",
        "a b", "it's", "$x", "x.y",
    ];

    private static readonly string[] Values =
    [
        "null", "true", "false", "0", "12", "-1", "12.5", "1e3", "99999999999", "\"\"", "\"x\"", "\"12\"", "\"true\"",
        "\"Male\"", "\"Female\"", "\"Male, Female\"", "\"2024-10-01\"", "\"2024-02-30\"", "\"2024-13-01\"", "\"2024-1-1\"",
        "[]", "[null]", "[1]", "[{}]", "{}", "{\"date\":\"2024-09-20\",\"onDuty\":true}", "{\"x\":1}",
    ];

    /// <summary>
    /// The guarantee behind "unchanged messages": for one value anywhere in a valid case, the walk fails exactly
    /// when the serializer does, and its first error is exactly the one the serializer's exception maps to (an
    /// object of unknown fields in place of the applicant has more than one).
    /// </summary>
    [Theory]
    [MemberData(nameof(Fields))]
    public void For_a_single_miss_the_walk_agrees_with_the_serializer(string field)
    {
        foreach (var value in Values)
        {
            var doc = JsonNode.Parse(JsonCases.Valid)!.AsObject();
            Set(doc, field, JsonNode.Parse(value));
            var bytes = Encoding.UTF8.GetBytes(doc.ToJsonString());

            ValidationError? serializer = null;
            try
            {
                JsonSerializer.Deserialize(bytes, PolicyJsonContext.Default.PolicyCase);
            }
            catch (JsonException ex)
            {
                serializer = JsonErrors.From(ex, bytes);
            }

            using var parsed = JsonDocument.Parse(bytes);
            var walk = ContractWalk.Errors(parsed.RootElement, PolicyJsonContext.Default.PolicyCase);
            if (serializer is null) Assert.True(walk.Count == 0, $"{field} = {value}: the serializer reads it, the walk says {string.Join("; ", walk)}");
            else Assert.True(walk.Count > 0 && walk[0] == serializer, $"{field} = {value}: the serializer says {serializer}, the walk {string.Join("; ", walk)}");
        }
    }

    // Sets the value at a path such as "applicant.sex" or "injuries[0].date"; a name with a space or quote is one field.
    private static void Set(JsonObject root, string path, JsonNode? value)
    {
        if (path.Contains(' ', StringComparison.Ordinal) || path.Contains('\'', StringComparison.Ordinal) || path.StartsWith('$') || path == "x.y")
        {
            root[path] = value;
            return;
        }

        JsonNode node = root;
        var parts = path.Split('.');
        for (var i = 0; i < parts.Length - 1; i++) node = parts[i] == "injuries[0]" ? node["injuries"]![0]! : node[parts[i]]!;
        var last = parts[^1];
        if (last == "injuries[0]") node["injuries"]![0] = value;
        else node.AsObject()[last] = value;
    }
}
