using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bars.Policy.Json;

/// <summary>
/// What can still be read of a case the contract refused: the document without the fields its errors name (an
/// injury in error becomes null, so the others keep their places). Its value checks then come in the same round as
/// the type errors, instead of after they are fixed.
/// </summary>
internal static class PartialCase
{
    /// <summary>The case without its refused fields, or null when there is nothing sound to read (not JSON, a
    /// field given twice, a path this cannot follow).</summary>
    public static PolicyCase? Read(ReadOnlySpan<byte> utf8Json, IReadOnlyList<ValidationError> errors, JsonSerializerOptions options)
    {
        if (errors.Count == 0 || errors.Any(e => e.Path == JsonErrors.Root || e.Path.Contains("['", StringComparison.Ordinal) || MeansSomethingAbsent(e.Path))) return null;
        try
        {
            if (JsonNode.Parse(utf8Json.StartsWith("\uFEFF"u8) ? utf8Json[3..] : utf8Json) is not JsonObject root) return null;
            foreach (var error in errors)
            {
                if (!Remove(root, error.Path)) return null;
            }

            return root.Deserialize<PolicyCase>(options);
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException or NotSupportedException)
        {
            return null; // a duplicate name, or a value this reading cannot mend: the type errors stand alone
        }
    }

    // A field whose absence is itself an answer (no contract, no injuries, not ended early, nothing unknown): taken
    // out, the checks would read the case as one it is not, and their errors would be wrong.
    private static bool MeansSomethingAbsent(string path) =>
        path is "contract" or "injuries" or "contract.terminatedEarlyOn" or "unknown" || path.StartsWith("unknown[", StringComparison.Ordinal);

    /// <summary>Whether <paramref name="path"/> is a refused field itself, inside one, or holds one.</summary>
    public static bool Touches(string path, IEnumerable<ValidationError> errors) =>
        errors.Any(e => Within(path, e.Path) || Within(e.Path, path));

    private static bool Within(string inner, string outer) =>
        inner == outer || (inner.StartsWith(outer, StringComparison.Ordinal) && inner.Length > outer.Length && inner[outer.Length] is '.' or '[');

    // Follows "applicant.sex" or "injuries[2].date" and takes the last step out.
    private static bool Remove(JsonObject root, string path)
    {
        JsonNode? node = root;
        var steps = path.Replace("[", ".[", StringComparison.Ordinal).Split('.', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < steps.Length; i++)
        {
            var step = steps[i];
            var last = i == steps.Length - 1;
            if (step.StartsWith('['))
            {
                if (node is not JsonArray array || !int.TryParse(step[1..^1], out var index) || index < 0 || index >= array.Count) return false;
                if (last) array[index] = null;
                else node = array[index];
            }
            else
            {
                if (node is not JsonObject obj) return false;
                if (last) obj.Remove(step);
                else if (!obj.TryGetPropertyValue(step, out node)) return false;
            }

            if (!last && node is null) return false;
        }

        return true;
    }
}
