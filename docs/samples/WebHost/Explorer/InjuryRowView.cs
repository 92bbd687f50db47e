namespace Bars.Policy.Samples.WebHost.Explorer;

/// <summary>An injury row of the form: its place in the list (0-based, as the contract's path counts), its values, its errors.</summary>
/// <param name="Index">The injury's index in <c>injuries</c>.</param>
/// <param name="Injury">The values as typed.</param>
/// <param name="Errors">The form's errors (the row shows those of <c>injuries[Index]</c>).</param>
internal sealed record InjuryRowView(int Index, InjuryRow Injury, FieldErrors Errors)
{
    /// <summary>The row's element id (<c>injuries-0</c>).</summary>
    public string Id => $"injuries-{Index}";

    /// <summary>The date's text box.</summary>
    public TextField Date => new($"injuries[{Index}].date", "Date of the injury", Injury.Date, "Written yyyy-mm-dd.", "date", true, Errors.Of($"{Id}-date"));
}
