namespace Bars.Policy;

/// <summary>A case read from JSON: the case, or the errors that kept it from being read. Compares by content.</summary>
/// <param name="Case">The case, when the JSON matched the contract; it may still fail validation at evaluation.</param>
/// <param name="CaseId">The caseId, when it could be read even from a broken document; null when it is longer than
/// the 256 characters a caseId may have (the case itself still holds it, and fails validation).</param>
/// <param name="Errors">Why the JSON could not be read; empty when <paramref name="Case"/> is set.</param>
public sealed record CaseReadResult(PolicyCase? Case, string? CaseId, IReadOnlyList<ValidationError> Errors)
{
    /// <summary>Why the JSON could not be read; empty when <see cref="Case"/> is set.</summary>
    public IReadOnlyList<ValidationError> Errors { get; init => field = EquatableList<ValidationError>.Of(value); } = EquatableList<ValidationError>.Of(Errors);

    // What could be read of a case the contract refused, so that its value errors come in the same round as its
    // type errors wherever it is answered (EvaluateJson, a batch line). Null when nothing could be read.
    internal PolicyCase? Partial { get; init; }
}
