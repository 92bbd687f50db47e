namespace Bars.Policy.Samples.WebHost.Explorer;

/// <summary>A text box of the case form, with its hint and the errors shown beside it.</summary>
/// <param name="Name">The field's path in the JSON contract (<c>applicant.birthDate</c>): the form field's name.</param>
/// <param name="Label">The label.</param>
/// <param name="Value">The value as typed.</param>
/// <param name="Hint">What to type, or null.</param>
/// <param name="Kind"><c>date</c> (written yyyy-MM-dd), <c>months</c> (a whole number) or <c>text</c>: the page's script checks it before sending.</param>
/// <param name="Required">Whether the case needs it (the script says so before sending; the library says so too).</param>
/// <param name="Errors">The library's messages for this field.</param>
internal sealed record TextField(string Name, string Label, string Value, string? Hint, string Kind, bool Required, IReadOnlyList<string> Errors)
{
    /// <summary>The element id (<c>applicant-birthDate</c>).</summary>
    public string Id => FieldErrors.IdOfField(Name);
}
