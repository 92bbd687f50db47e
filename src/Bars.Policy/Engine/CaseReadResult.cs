namespace Bars.Policy;

/// <summary>A case read from JSON: the case, or the errors that kept it from being read.</summary>
/// <param name="Case">The case, when the JSON matched the contract; it may still fail validation at evaluation.</param>
/// <param name="CaseId">The caseId, when it could be read even from a broken document.</param>
/// <param name="Errors">Why the JSON could not be read; empty when <paramref name="Case"/> is set.</param>
public sealed record CaseReadResult(PolicyCase? Case, string? CaseId, IReadOnlyList<ValidationError> Errors);
