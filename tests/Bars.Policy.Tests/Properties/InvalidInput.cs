using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;

namespace Bars.Policy.Tests.Properties;

/// <summary>
/// A document that is not a valid case: a valid case's JSON broken in one way. <see cref="MustFail"/> is set where
/// the mutation cannot leave a valid case.
/// </summary>
public sealed record InvalidInput(string Mutation, string Json, bool MustFail)
{
    private static readonly string[] RequiredPaths =
        ["caseId", "region", "asOf", "applicant", "applicant.birthDate", "applicant.sex", "contract.months", "contract.startDate", "injuries[0].date", "injuries[0].onDuty"];

    private static readonly string[] AnyPaths =
        [.. RequiredPaths, "applicant.healthRestriction", "applicant.publicOfficial", "contract", "contract.terminatedEarlyOn", "injuries"];

    private static readonly Func<JsonNode?>[] WrongValues =
        [() => 42, () => "text", () => true, () => new JsonArray(), () => new JsonObject(), () => 1.5, () => -1, () => "2024-10-01"];

    public static Gen<InvalidInput> Generator { get; } =
        from spec in PolicyArbitraries.CaseGen
        from kind in Gen.Choose(0, 10)
        from seed in Gen.Choose(0, int.MaxValue)
        select Mutate(WithContractAndInjury(spec), kind, new Random(seed));

    // Every field the mutations touch is present: a contract that started 40 days before asOf, an injury on duty in it.
    private static CaseSpec WithContractAndInjury(CaseSpec s) =>
        s with { Contract = new ContractSpec(s.Contract?.Months ?? 12, 40, null), Injuries = [new InjurySpec(3, true), .. s.Injuries] };

    public override string ToString() => $"{Mutation}: {(Json.Length > 300 ? Json[..300] + $"… ({Json.Length} chars)" : Json)}";

    private static InvalidInput Mutate(CaseSpec spec, int kind, Random r)
    {
        var doc = JsonNode.Parse(PolicyJson.Write(spec.ToCase()))!.AsObject();
        switch (kind)
        {
            case 0:
                var text = doc.ToJsonString();
                return new("truncated", text[..r.Next(0, text.Length - 1)], true);
            case 1:
                var path = RequiredPaths[r.Next(RequiredPaths.Length)];
                Remove(doc, path);
                return new($"missing {path}", doc.ToJsonString(), true);
            case 2:
                var target = AnyPaths[r.Next(AnyPaths.Length)];
                var value = WrongValues[r.Next(WrongValues.Length)]();
                var accepted = IsAcceptable(target, value);
                Set(doc, target, value);
                return new($"wrong type at {target}", doc.ToJsonString(), !accepted);
            case 3:
                var owner = r.Next(3) switch { 0 => doc, 1 => doc["applicant"]!.AsObject(), _ => doc["contract"]!.AsObject() };
                owner["extra" + r.Next(100)] = "unexpected";
                return new("unknown field", doc.ToJsonString(), true);
            case 4:
                var (what, apply) = ImpossibleDates[r.Next(ImpossibleDates.Length)];
                apply(doc);
                return new(what, doc.ToJsonString(), true);
            case 5:
                doc["contract"]!["months"] = JsonNode.Parse(r.Next(4) switch { 0 => "1e30", 1 => "99999999999", 2 => "-2147483649", _ => "2147483647" });
                return new("huge months", doc.ToJsonString(), true);
            case 6:
                doc[r.Next(2) == 0 ? "caseId" : "region"] = new string((char)('a' + r.Next(26)), r.Next(10_000, 100_000));
                // Longer than a caseId may be (256) and than any region's name.
                return new("very long string", doc.ToJsonString(), true);
            case 7:
                doc["region"] = r.Next(3) switch { 0 => "Moscow", 1 => "kursk", _ => "" };
                return new("unknown region", doc.ToJsonString(), true);
            case 8:
                var chars = new char[r.Next(1, 200)];
                for (var i = 0; i < chars.Length; i++) chars[i] = (char)r.Next(1, 0xD7FF);
                return new("garbage", new string(chars), !IsJsonObject(new string(chars)));
            case 9:
                // A lone surrogate in the text: no UTF-8 encodes it, so it cannot be read as a case.
                var json = doc.ToJsonString();
                var at = r.Next(json.Length + 1);
                return new("lone surrogate", json[..at] + (char)r.Next(0xD800, 0xE000) + json[at..], true);
            default:
                return new("not an object", r.Next(4) switch { 0 => "[]", 1 => "42", 2 => "\"case\"", _ => "null" }, true);
        }
    }

    private static readonly (string, Action<JsonObject>)[] ImpossibleDates =
    [
        ("birth after asOf", d => d["applicant"]!["birthDate"] = "2099-01-01"),
        ("30 February", d => d["asOf"] = "2024-02-30"),
        ("month 13", d => d["contract"]!["startDate"] = "2024-13-01"),
        ("29 February of a common year", d => d["applicant"]!["birthDate"] = "2023-02-29"),
        ("31 April", d => d["injuries"]![0]!["date"] = "2024-04-31"),
        ("day 00", d => d["contract"]!["terminatedEarlyOn"] = "2024-10-00"),
        ("year 0000", d => d["asOf"] = "0000-10-01"),
        ("injury before start", d => d["injuries"]![0]!["date"] = "1900-01-01"),
        ("termination after asOf", d => d["contract"]!["terminatedEarlyOn"] = "2099-01-01"),
        ("termination before start", d => d["contract"]!["terminatedEarlyOn"] = "1900-01-01"),
    ];

    // A replacement the contract may still accept: null where a field may be absent, or a value of the field's own type.
    private static bool IsAcceptable(string path, JsonNode? value)
    {
        var name = path[(path.LastIndexOf('.') + 1)..];
        return value switch
        {
            null => path is "contract" or "injuries" or "contract.terminatedEarlyOn",
            JsonArray => path == "injuries",
            JsonValue v when v.TryGetValue<bool>(out _) => name is "healthRestriction" or "publicOfficial" or "onDuty",
            JsonValue v when v.TryGetValue<string>(out var text) => name == "caseId" || (text == "2024-10-01" && name is "asOf" or "birthDate" or "startDate" or "date" or "terminatedEarlyOn"),
            JsonValue v when v.TryGetValue<int>(out _) => name == "months",
            _ => false,
        };
    }

    private static bool IsJsonObject(string text)
    {
        try { return JsonNode.Parse(text) is JsonObject; }
        catch (System.Text.Json.JsonException) { return false; }
    }

    private static (JsonObject Owner, string Name) Locate(JsonObject doc, string path)
    {
        var parts = path.Split('.');
        JsonNode owner = doc;
        foreach (var part in parts[..^1])
        {
            owner = part.EndsWith("[0]", StringComparison.Ordinal) ? owner[part[..^3]]![0]! : owner[part]!;
        }

        var last = parts[^1];
        if (last.EndsWith("[0]", StringComparison.Ordinal)) throw new InvalidOperationException(path);
        return (owner.AsObject(), last);
    }

    private static void Remove(JsonObject doc, string path)
    {
        var (owner, name) = Locate(doc, path);
        owner.Remove(name);
    }

    private static void Set(JsonObject doc, string path, JsonNode? value)
    {
        var (owner, name) = Locate(doc, path);
        owner[name] = value;
    }
}
