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

    /// <summary>The reform in <paramref name="utf8"/>; <see cref="ReformException"/> says what is wrong and where —
    /// every fault of the file at once, each at its path.</summary>
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
            var faults = new List<string>();
            var root = Object(document.RootElement, "$", ["parameters"], faults);
            if (root is null) throw ReformException.Of(faults);
            if (!root.TryGetValue("parameters", out var list)) throw ReformException.Of([.. faults, "$.parameters is missing."]);
            if (list.ValueKind != JsonValueKind.Array) throw ReformException.Of([.. faults, "$.parameters must be a list."]);
            var parameters = list.EnumerateArray().Select((p, i) => Parameter(p, $"$.parameters[{i}]", faults)).ToArray();
            if (faults.Count > 0) throw ReformException.Of(faults);
            return new ReformFile(parameters!);
        }
    }

    // One dated value, or null when it has a fault (each added to faults; the other fields are still read).
    private static ReformParameter? Parameter(JsonElement element, string path, List<string> faults)
    {
        var before = faults.Count;
        var fields = Object(element, path, ["region", "parameter", "value", "effectiveFrom", "effectiveTo", "citation"], faults);
        if (fields is null) return null;
        var region = Field(faults, () => Region(Named(String(Required(fields, path, "region"), path), $"{path}.region", PolicyNames.NameProblem), $"{path}.region"));
        var parameter = Field(faults, () =>
        {
            var name = Required(fields, path, "parameter");
            return name.Value.ValueKind == JsonValueKind.String
                && Parameters.TryGetValue(Named(Text(name.Value, $"{path}.parameter"), $"{path}.parameter", PolicyNames.NameProblem), out var known)
                ? (Parameter?)known
                : throw Fault($"{path}.parameter", $"must be one of: {string.Join(", ", Parameters.Keys)}.");
        });
        var amount = Field(faults, () =>
        {
            var value = Required(fields, path, "value");
            return value.Value.ValueKind == JsonValueKind.Number && value.Value.TryGetDecimal(out var number) ? (decimal?)number : throw Fault($"{path}.value", "must be a number.");
        });
        var from = Field(faults, () => (DateOnly?)Date(Required(fields, path, "effectiveFrom"), path));
        var to = Field(faults, () => fields.TryGetValue("effectiveTo", out var end) && end.ValueKind != JsonValueKind.Null ? (DateOnly?)Date(new("effectiveTo", end), path) : null);
        if (from is { } start && to is { } last && last < start)
        {
            faults.Add($"{path}.effectiveTo {last:yyyy-MM-dd} is before its effectiveFrom {start:yyyy-MM-dd}.");
        }

        var citationPath = $"{path}.citation";
        var citation = Field(faults, () =>
        {
            if (!fields.TryGetValue("citation", out var cited) || cited.ValueKind == JsonValueKind.Null)
            {
                throw Fault(citationPath, "is missing: a value with no citation cannot be used; give its source's id and its words, { \"id\": …, \"quote\": … }.");
            }

            var parts = Object(cited, citationPath, ["id", "quote"], faults);
            if (parts is null) return null;
            var id = Field(faults, () => Named(String(Required(parts, citationPath, "id"), citationPath), $"{citationPath}.id", PolicyNames.CitationIdProblem));
            var quote = Field(faults, () => String(Required(parts, citationPath, "quote"), citationPath));
            if (id is not null && string.IsNullOrWhiteSpace(id)) faults.Add($"{citationPath}.id is blank: give the source's id.");
            if (quote is not null && string.IsNullOrWhiteSpace(quote)) faults.Add($"{citationPath}.quote is blank: give the source's own words.");
            return id is null || quote is null ? null : new SourceCitation(id, quote);
        });

        return faults.Count > before ? null : new ReformParameter(region!, parameter!.Value, amount!.Value, from!.Value, to, citation);
    }

    // A reform changes the shipped regions' values: it adds no region.
    private static string Region(string name, string path)
    {
        if (Regions.All.Contains(name, StringComparer.Ordinal)) return name;
        var exactly = Regions.All.Contains(name, StringComparer.OrdinalIgnoreCase) ? " (region names are compared exactly)" : "";
        throw Fault(path, $"'{name}' is not a region of the policy{exactly}: one of {string.Join(", ", Regions.All)}.");
    }

    // A field's value, or null with its fault added: a file's faults are all reported, not the first only.
    private static T? Field<T>(List<string> faults, Func<T?> read)
    {
        try
        {
            return read();
        }
        catch (ReformException e)
        {
            faults.Add(e.Message);
            return default;
        }
    }

    // An object's fields by name: none unknown, none twice (each fault added); null when it is not an object.
    private static Dictionary<string, JsonElement>? Object(JsonElement element, string path, string[] known, List<string> faults)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            faults.Add($"{path} must be an object.");
            return null;
        }

        var fields = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var field in element.EnumerateObject())
        {
            var name = Field(faults, () => Name(field, path));
            if (name is null) continue;
            if (!known.Contains(name, StringComparer.Ordinal)) faults.Add($"{path}.{name} is not a field of the reform format.");
            else if (!fields.TryAdd(name, field.Value)) faults.Add($"{path}.{name} is given more than once.");
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

/// <summary>A reform file that cannot be read: the message names the place and the fault, for people (every
/// fault, one a line, when there are several).</summary>
internal sealed class ReformException(string message) : Exception(message)
{
    /// <summary>The exception for <paramref name="faults"/>: one is the whole message; several are counted and listed.</summary>
    public static ReformException Of(IReadOnlyList<string> faults) =>
        new(faults.Count == 1 ? faults[0] : $"it has {faults.Count} errors:{string.Concat(faults.Select(f => $"{Environment.NewLine}  {f}"))}");
}
