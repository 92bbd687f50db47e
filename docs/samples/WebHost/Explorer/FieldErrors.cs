namespace Bars.Policy.Samples.WebHost.Explorer;

/// <summary>
/// The library's errors placed beside the form's fields. An error's path (<c>applicant.birthDate</c>,
/// <c>$.injuries[1].date</c>) names its field's element id (<c>applicant-birthDate</c>, <c>injuries-1-date</c>); a
/// path the form has no field for goes to the nearest enclosing one that it has (<c>injuries[1]</c> → the row), and
/// failing that to the whole form.
/// </summary>
internal sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> byField = new(StringComparer.Ordinal);

    /// <summary>Places <paramref name="errors"/> among the fields the page renders (element id → label).</summary>
    public FieldErrors(IEnumerable<ValidationError> errors, IReadOnlyDictionary<string, string> fields)
    {
        foreach (var error in errors)
        {
            var id = Nearest(IdOf(error.Path), fields);
            All.Add((id, id is null ? null : fields[id], error.Message));
            if (id is null) Form.Add(error.Message);
            else (byField.TryGetValue(id, out var list) ? list : byField[id] = []).Add(error.Message);
        }
    }

    /// <summary>No errors.</summary>
    public static FieldErrors None { get; } = new([], new Dictionary<string, string>());

    /// <summary>Every error in the library's order, with the field it is shown beside and its label (null: the whole form).</summary>
    public List<(string? Field, string? Label, string Message)> All { get; } = [];

    /// <summary>The errors that belong to no field of the form.</summary>
    public List<string> Form { get; } = [];

    /// <summary>Whether there is any error.</summary>
    public bool Any => All.Count > 0;

    /// <summary>The messages shown beside the element <paramref name="id"/>.</summary>
    public IReadOnlyList<string> Of(string id) => byField.TryGetValue(id, out var list) ? list : [];

    /// <summary>The element id a path names: <c>$.applicant.birthDate</c> and <c>applicant.birthDate</c> → <c>applicant-birthDate</c>,
    /// <c>injuries[0].date</c> → <c>injuries-0-date</c>; the case as a whole (<c>$</c>) → null.</summary>
    public static string? IdOf(string path)
    {
        var p = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
        if (p.Length == 0) return null;
        return p.Replace("].", "-", StringComparison.Ordinal).Replace('[', '-').Replace(']', '-').Replace('.', '-').TrimEnd('-');
    }

    /// <summary>The element id of the form field named <paramref name="name"/> (the field's path in the contract).</summary>
    public static string IdOfField(string name) => IdOf(name) ?? throw new ArgumentException("A field has a name.", nameof(name));

    private static string? Nearest(string? id, IReadOnlyDictionary<string, string> fields)
    {
        while (id is not null)
        {
            if (fields.ContainsKey(id)) return id;
            var cut = id.LastIndexOf('-');
            id = cut > 0 ? id[..cut] : null;
        }

        return null;
    }
}
