using System.Text.Json.Serialization;

namespace Bars.Policy;

/// <summary>One thing wrong with the input.</summary>
/// <param name="Path">The JSON path of the field, e.g. <c>applicant.birthDate</c> or <c>injuries[1].date</c>; <c>$</c> for the whole document.</param>
/// <param name="Message">What is wrong, in plain words.</param>
public sealed record ValidationError(string Path, string Message)
{
    /// <summary>What kind of problem this is, for a host to act on without reading the message. Not written to JSON
    /// (the message says it) and not part of the error's value: an error is its path and its message, so a decision
    /// read back from its JSON equals the one written.</summary>
    [JsonIgnore]
    public ValidationErrorKind Kind { get; init; }

    /// <summary>Equal when the path and the message are (<see cref="Kind"/> follows from the message).</summary>
    /// <param name="other">The error to compare with.</param>
    /// <returns>True when both name the same path with the same message.</returns>
    public bool Equals(ValidationError? other) =>
        other is not null && string.Equals(Path, other.Path, StringComparison.Ordinal) && string.Equals(Message, other.Message, StringComparison.Ordinal);

    /// <summary>A hash of the path and the message.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode() => HashCode.Combine(Path, Message);

    /// <summary>The path followed by the message, which is worded to follow it.</summary>
    /// <returns>For example <c>applicant.birthDate must be a date written yyyy-MM-dd.</c></returns>
    public override string ToString() => $"{Path} {Message}";
}
