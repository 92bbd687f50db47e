using System.Globalization;
using System.Text.Json;

namespace Bars.Policy.Cli;

/// <summary>
/// Reads a <see cref="ReformFile"/> by hand from a <see cref="JsonDocument"/>, so that every fault is told in the
/// format's own words with its JSON path ("$.parameters[0].value must be a number.") — System.Text.Json's own
/// messages name .NET types, and a null it lets through would reach the library as an ArgumentNullException.
/// </summary>
internal static class ReformReader
{
    private static readonly Dictionary<string, Parameter> Parameters = Enum.GetValues<Parameter>().ToDictionary(p => p.ToString(), StringComparer.Ordinal);

    /// <summary>The reform in <paramref name="utf8"/>; <see cref="ReformException"/> says what is wrong and where.</summary>
    public static ReformFile Read(ReadOnlyMemory<byte> utf8)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8);
        }
        catch (JsonException ex)
        {
            throw new ReformException($"it is not valid JSON at line {ex.LineNumber + 1}, column {ex.BytePositionInLine + 1}.");
        }

        using (document)
        {
            var root = Object(document.RootElement, "$", ["parameters"]);
            var list = Required(root, "$", "parameters");
            if (list.Value.ValueKind != JsonValueKind.Array) throw Fault("$.parameters", "must be a list.");
            return new ReformFile(list.Value.EnumerateArray().Select((p, i) => Parameter(p, $"$.parameters[{i}]")).ToArray());
        }
    }

    private static ReformParameter Parameter(JsonElement element, string path)
    {
        var fields = Object(element, path, ["region", "parameter", "value", "effectiveFrom", "effectiveTo", "citation"]);
        var region = Named(String(Required(fields, path, "region"), path), $"{path}.region", PolicyNames.NameProblem);
        var name = Required(fields, path, "parameter");
        if (name.Value.ValueKind != JsonValueKind.String
            || !Parameters.TryGetValue(Named(Text(name.Value, $"{path}.parameter"), $"{path}.parameter", PolicyNames.NameProblem), out var parameter))
        {
            throw Fault($"{path}.parameter", $"must be one of: {string.Join(", ", Parameters.Keys)}.");
        }

        var value = Required(fields, path, "value");
        if (value.Value.ValueKind != JsonValueKind.Number || !value.Value.TryGetDecimal(out var amount)) throw Fault($"{path}.value", "must be a number.");
        var from = Date(Required(fields, path, "effectiveFrom"), path);
        DateOnly? to = fields.TryGetValue("effectiveTo", out var end) && end.ValueKind != JsonValueKind.Null ? Date(new("effectiveTo", end), path) : null;

        // A missing citation is the library's to refuse: it says so for host values however they are given.
        SourceCitation? citation = null;
        if (fields.TryGetValue("citation", out var cited) && cited.ValueKind != JsonValueKind.Null)
        {
            var citationPath = $"{path}.citation";
            var parts = Object(cited, citationPath, ["id", "quote"]);
            var id = Named(String(Required(parts, citationPath, "id"), citationPath), $"{citationPath}.id", PolicyNames.CitationIdProblem);
            citation = new SourceCitation(id, String(Required(parts, citationPath, "quote"), citationPath));
        }

        return new ReformParameter(region, parameter, amount, from, to, citation);
    }

    // An object's fields by name: none unknown, none twice.
    private static Dictionary<string, JsonElement> Object(JsonElement element, string path, string[] known)
    {
        if (element.ValueKind != JsonValueKind.Object) throw Fault(path, "must be an object.");
        var fields = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var field in element.EnumerateObject())
        {
            var name = Name(field, path);
            if (!known.Contains(name, StringComparer.Ordinal)) throw Fault($"{path}.{name}", "is not a field of the reform format.");
            if (!fields.TryAdd(name, field.Value)) throw Fault($"{path}.{name}", "is given more than once.");
        }

        return fields;
    }

    private static KeyValuePair<string, JsonElement> Required(Dictionary<string, JsonElement> fields, string path, string name) =>
        fields.TryGetValue(name, out var value) ? new(name, value) : throw Fault($"{path}.{name}", "is missing.");

    private static string String(KeyValuePair<string, JsonElement> field, string path) =>
        field.Value.ValueKind == JsonValueKind.String ? Text(field.Value, $"{path}.{field.Key}") : throw Fault($"{path}.{field.Key}", "must be a string.");

    private static DateOnly Date(KeyValuePair<string, JsonElement> field, string path) =>
        field.Value.ValueKind == JsonValueKind.String && DateOnly.TryParseExact(Text(field.Value, $"{path}.{field.Key}"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Fault($"{path}.{field.Key}", "must be a date written yyyy-MM-dd.");

    private static ReformException Fault(string path, string message) => new($"{path} {message}");

    // A name or id as the library's one rule admits it (no invisible character, no look-alike, not a shipped claim
    // id), refused here in the file's words.
    private static string Named(string value, string path, Func<string, string?> problem) =>
        problem(value) is { } fault ? throw Fault(path, fault) : value;

    // System.Text.Json reads an escaped lone surrogate ("\ud800") as valid JSON but cannot make a string of it: it throws
    // when asked. Every string of the file is read here, so such text is refused with its place, not a crash.
    private static string Text(JsonElement value, string path)
    {
        try
        {
            return value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw Fault(path, LoneSurrogate);
        }
    }

    private static string Name(JsonProperty field, string path)
    {
        try
        {
            return field.Name;
        }
        catch (InvalidOperationException)
        {
            throw Fault(path, $"has a field name that {LoneSurrogate}");
        }
    }

    private const string LoneSurrogate = "is not text: it holds a lone surrogate (an escape \\uD800–\\uDFFF without its pair).";
}

/// <summary>A reform file that cannot be read: the message names the place and the fault, for people.</summary>
internal sealed class ReformException(string message) : Exception(message);
