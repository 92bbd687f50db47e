using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Bars.Policy.Json;

/// <summary>
/// Every way a JSON document misses the contract, in document order: a wrong type, an unknown field, a field given
/// twice. The serializer stops at the first; this walks a document that it refused, field by field, through the
/// contract's own metadata, and reads each value with the contract's own converters, so each error is the one the
/// serializer would give had it met that value first.
/// </summary>
internal static class ContractWalk
{
    private static ReadOnlySpan<char> SpecialCharacters => ".'/\"[]()\t\n\r\f\b\\\u0085\u2028\u2029 ";

    /// <summary>The errors of <paramref name="root"/> read as <paramref name="contract"/>, each with its path (the first <see cref="CaseErrors.Kept"/>, then the count of the rest).</summary>
    public static List<ValidationError> Errors(JsonElement root, JsonTypeInfo contract)
    {
        var errors = new CaseErrors(); // bounded: memory does not follow the number of misses
        Value(root, "$", contract, errors);
        return errors.ToList();
    }

    private static void Value(JsonElement value, string path, JsonTypeInfo type, CaseErrors errors)
    {
        switch (type.Kind)
        {
            case JsonTypeInfoKind.Object when value.ValueKind == JsonValueKind.Object:
                Object(value, path, type, errors);
                return;
            case JsonTypeInfoKind.Enumerable when value.ValueKind == JsonValueKind.Array:
                var element = type.Options.GetTypeInfo(type.ElementType!);
                var i = 0;
                foreach (var item in value.EnumerateArray()) Value(item, $"{path}[{i++}]", element, errors);
                return;
            case JsonTypeInfoKind.Object or JsonTypeInfoKind.Enumerable when value.ValueKind == JsonValueKind.Null && !type.Type.IsValueType:
                return;
            case JsonTypeInfoKind.Object or JsonTypeInfoKind.Enumerable:
                errors.Add(JsonErrors.WrongType(path));
                return;
            default:
                Leaf(value, path, type, errors);
                return;
        }
    }

    private static void Object(JsonElement value, string path, JsonTypeInfo type, CaseErrors errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
        {
            string name;
            try
            {
                name = property.Name;
            }
            catch (InvalidOperationException)
            {
                // The name escapes a lone surrogate: there is no text to name it by.
                errors.Add(new ValidationError(JsonErrors.Clean(path), "has a field whose name is not text: it escapes a lone surrogate."));
                continue;
            }

            var at = Child(path, name);
            var field = Field(type, name);
            if (!seen.Add(name))
            {
                // An unknown name is reported once, where it first appears.
                if (field is not null) errors.Add(JsonErrors.GivenTwice(at));
                continue;
            }

            if (field is null) errors.Add(JsonErrors.NotAField(at));
            else Value(property.Value, at, type.Options.GetTypeInfo(field.PropertyType), errors);
        }
    }

    // A value the contract's converters read whole: read it as the serializer would, and keep its refusal.
    private static void Leaf(JsonElement value, string path, JsonTypeInfo type, CaseErrors errors)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            try
            {
                _ = value.GetString();
            }
            catch (InvalidOperationException)
            {
                // The bytes were checked to be UTF-8 already: what remains is an escape such as \ud800 alone.
                errors.Add(new ValidationError(JsonErrors.Clean(path), "is not text: it escapes a lone surrogate."));
                return;
            }
        }

        try
        {
            _ = value.Deserialize(type);
        }
        catch (JsonException ex)
        {
            errors.Add(JsonErrors.Value(path, ex));
        }
    }

    private static JsonPropertyInfo? Field(JsonTypeInfo type, string name)
    {
        foreach (var p in type.Properties)
        {
            if (p.Name == name) return p;
        }

        return null;
    }

    // The serializer's own notation, so a path reads the same whichever of the two found the error.
    private static string Child(string path, string name) =>
        name.AsSpan().ContainsAny(SpecialCharacters) ? $"{path}['{name}']" : $"{path}.{name}";
}
