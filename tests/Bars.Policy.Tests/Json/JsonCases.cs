using System.Text.Json.Nodes;
using Bars.Policy.Tests.Support;
using Bars.Policy.Tests.Validation;

namespace Bars.Policy.Tests.Json;

/// <summary>A valid case document to break one field at a time, and the checks every unreadable document must pass.</summary>
internal static class JsonCases
{
    public const string Valid = """
        { "caseId": "c-1", "region": "Bryansk", "asOf": "2024-10-01",
          "applicant": { "birthDate": "1980-05-01", "sex": "Female",
                         "healthRestriction": false, "missingLimbOrProsthesis": false,
                         "medicalQualification": false, "publicOfficial": false,
                         "criminalConviction": false, "activeMilitary": false, "formerWarParticipant": false },
          "contract": { "months": 12, "startDate": "2024-09-01", "terminatedEarlyOn": null },
          "injuries": [ { "date": "2024-09-20", "onDuty": true } ] }
        """;

    /// <summary>The valid document with one change applied.</summary>
    public static string With(Action<JsonObject> change)
    {
        var doc = JsonNode.Parse(Valid)!.AsObject();
        change(doc);
        return doc.ToJsonString();
    }

    /// <summary>
    /// Asserts <paramref name="json"/> cannot be read as a case, for one reason at <paramref name="path"/>; that
    /// EvaluateJson answers with the same error instead of throwing; and returns the error.
    /// </summary>
    public static ValidationError AssertUnreadable(string json, string path)
    {
        var read = PolicyJson.ReadCase(json);
        Assert.Null(read.Case);
        var error = Assert.Single(read.Errors);
        Assert.Equal(path, error.Path);
        AssertPlain(error.Message);

        var decision = TestEngine.Instance.EvaluateJson(json);
        AssertInvalid(decision);
        Assert.Equal(read.Errors, decision.Errors);
        Assert.Equal(read.CaseId, decision.CaseId);
        return error;
    }

    /// <summary>Asserts the document cannot be read (any path), and EvaluateJson answers without throwing.</summary>
    public static CaseReadResult AssertUnreadable(string json)
    {
        var read = PolicyJson.ReadCase(json);
        Assert.Null(read.Case);
        var error = Assert.Single(read.Errors);
        AssertPlain(error.Message);

        var decision = TestEngine.Instance.EvaluateJson(json);
        AssertInvalid(decision);
        Assert.Equal(read.Errors, decision.Errors);
        return read;
    }

    public static void AssertInvalid(PolicyDecision decision) => InvalidDecision.AssertNothingEvaluated(decision);

    /// <summary>A message for people: not empty, and not leaking the serializer's or the runtime's internals.</summary>
    public static void AssertPlain(string message) => InvalidDecision.AssertPlain(message);
}
