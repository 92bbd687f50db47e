using System.Text.Json;

namespace Bars.Policy.Json;

/// <summary>Turns what System.Text.Json reports into an error that names the field and says what it expects.</summary>
internal static class JsonErrors
{
    /// <summary>The path of the whole document.</summary>
    public const string Root = "$";

    /// <summary>The error <paramref name="ex"/> reports about <paramref name="utf8Json"/>, the document it was reading.</summary>
    public static ValidationError From(JsonException ex, ReadOnlySpan<byte> utf8Json)
    {
        if (IsSyntaxError(ex)) return new ValidationError(Clean(ex.Path), Syntax(ex, utf8Json));
        if (ex.Message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal)) return NotAField(ex.Path);
        if (ex.Message.Contains("Duplicate", StringComparison.OrdinalIgnoreCase)) return GivenTwice(ex.Path);
        return Value(ex.Path, ex);
    }

    // The helpers below take the serializer's path (e.g. $.applicant.sex) and write it as the contract does.

    /// <summary>A field its object does not have, said of that object (the case, the applicant, the contract, an
    /// injury); a name that is a field but for its case (<c>CaseId</c>, as a serializer's defaults write it) is told
    /// that fields are camelCase.</summary>
    public static ValidationError NotAField(string? rawPath)
    {
        var path = Clean(rawPath);
        var (owner, parent, name) = Split(path);
        var camel = (parent switch
        {
            "" => PolicyJsonContext.Default.PolicyCase.Properties,
            "applicant" => PolicyJsonContext.Default.Applicant.Properties,
            "contract" => PolicyJsonContext.Default.Contract.Properties,
            _ when owner == "an injury" => PolicyJsonContext.Default.Injury.Properties,
            _ => [],
        }).FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))?.Name;
        return new(path, $"is not a field of {owner}." + (camel is null ? "" : $" Fields are camelCase: did you mean '{camel}'?")) { Kind = ValidationErrorKind.UnknownField };
    }

    // "applicant.Sex" → (the applicant, applicant, Sex); "injuries[0].Date" → (an injury, injuries[0], Date).
    private static (string Owner, string Parent, string Name) Split(string path)
    {
        var quoted = path.EndsWith("']", StringComparison.Ordinal) ? path.LastIndexOf("['", StringComparison.Ordinal) : -1;
        var cut = quoted >= 0 ? quoted : path.LastIndexOf('.');
        var parent = cut < 0 ? "" : path[..cut];
        var name = quoted >= 0 ? path[(quoted + 2)..^2] : path[(cut + 1)..];
        var owner = parent switch
        {
            "" => "the case",
            "applicant" => "the applicant",
            "contract" => "the contract",
            _ when parent.StartsWith("injuries[", StringComparison.Ordinal) && parent.EndsWith(']') => "an injury",
            _ => $"'{parent}'",
        };
        return (owner, parent, name);
    }

    /// <summary>A field given a second time in the same object.</summary>
    public static ValidationError GivenTwice(string? rawPath) => new(Clean(rawPath), "is given more than once.");

    /// <summary>A value of the wrong type for its field: what the field holds.</summary>
    public static ValidationError WrongType(string? rawPath)
    {
        var path = Clean(rawPath);
        return new(path, Expected(path));
    }

    /// <summary>A value the field's converter refused.</summary>
    public static ValidationError Value(string? rawPath, JsonException ex)
    {
        // A converter that already said what is wrong, for people, is heard; otherwise the field says what it holds.
        var path = Clean(rawPath);
        return new(path, ex is ContractValueException ? ex.Message : Expected(path));
    }

    /// <summary>Whether the document is not JSON at all (as opposed to JSON that does not match the contract).</summary>
    public static bool IsSyntaxError(JsonException ex) =>
        ex.GetType().Name == "JsonReaderException" || ex.InnerException?.GetType().Name == "JsonReaderException";

    // Where the document breaks, for people: the line by '\n' and the column in characters, both from 1.
    private static string Syntax(JsonException ex, ReadOnlySpan<byte> utf8Json)
    {
        var lineStart = 0;
        for (var line = 0L; line < ex.LineNumber && lineStart < utf8Json.Length; line++)
        {
            var next = utf8Json[lineStart..].IndexOf((byte)'\n');
            if (next < 0) break;
            lineStart += next + 1;
        }

        var end = (int)Math.Min(utf8Json.Length, lineStart + (ex.BytePositionInLine ?? 0));

        // Characters are the bytes that start one: all but UTF-8's continuation bytes (10xxxxxx).
        var column = 1;
        foreach (var b in utf8Json[lineStart..end])
        {
            if ((b & 0xC0) != 0x80) column++;
        }

        var at = $"line {ex.LineNumber + 1}, column {column}";
        if (ex.Message.Contains("maximum configured depth", StringComparison.Ordinal)) return $"nests deeper than 64 levels at {at}.";
        return end >= utf8Json.Length ? $"is not valid JSON at {at}: the document ends too soon." : $"is not valid JSON at {at}.";
    }

    // What each field of the contract holds, by the last name in its path.
    private static string Expected(string path)
    {
        var name = path;
        if (name.EndsWith(']'))
        {
            return name.StartsWith("injuries", StringComparison.Ordinal) ? "must be an injury object." : "has the wrong type.";
        }

        var dot = name.LastIndexOf('.');
        if (dot >= 0) name = name[(dot + 1)..];
        if (name == "onDuty" || ApplicantFlags.Named(name) is not null) return "must be true or false.";
        return name switch
        {
            Root => "must be a case object.",
            "caseId" or "region" => "must be a string.",
            "asOf" or "birthDate" or "startDate" or "terminatedEarlyOn" or "date" => "must be a date written yyyy-MM-dd.",
            "sex" => "must be Male or Female.",
            "months" => "must be a whole number of months.",
            "applicant" or "contract" => "must be an object.",
            "injuries" => "must be a list of injuries.",
            _ => "has the wrong type.",
        };
    }

    /// <summary>
    /// A serializer path (<c>$.applicant.sex</c>) as the contract writes it (<c>applicant.sex</c>), each name in it
    /// cut to what an error may quote (<see cref="Echo"/>).
    /// </summary>
    public static string Clean(string? path) => path switch
    {
        null or "$" => Root,
        _ when path.StartsWith("$.", StringComparison.Ordinal) => Echo.CutNames(path)[2..],
        _ when path.StartsWith('$') => Echo.CutNames(path)[1..],
        _ => path,
    };
}
