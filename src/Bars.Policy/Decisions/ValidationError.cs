using System.Text.Json.Serialization;

namespace Bars.Policy;

/// <summary>One thing wrong with the input.</summary>
/// <param name="Path">The JSON path of the field, e.g. <c>applicant.birthDate</c> or <c>injuries[1].date</c>; <c>$</c> for the whole document.</param>
/// <param name="Message">What is wrong, in plain words.</param>
public sealed record ValidationError(string Path, string Message)
{
    /// <summary>What kind of problem this is; not written to JSON, where the message says it.</summary>
    [JsonIgnore]
    public ValidationErrorKind Kind { get; init; }

    /// <summary>The path followed by the message, which is worded to follow it.</summary>
    /// <returns>For example <c>applicant.birthDate must be a date written yyyy-MM-dd.</c></returns>
    public override string ToString() => $"{Path} {Message}";
}
