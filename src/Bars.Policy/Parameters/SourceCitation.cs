namespace Bars.Policy;

/// <summary>
/// Where a value or a finding comes from: an identifier of the source and its own words. The library's claims are
/// citations of its one source (ids C1…C19, see claims.md); a host cites its own source the same way (a decree, an
/// order, a page) and its findings quote it.
/// </summary>
/// <param name="Id">The source's identifier: a claim id for the shipped policy, e.g. "Kursk order 17/2025 §3" for a host's.</param>
/// <param name="Quote">The source's own words.</param>
public sealed record SourceCitation(string Id, string Quote)
{
    // The claims of a finding that cites this alone, made once rather than per finding. A `with` copy that changes
    // Id makes its own (the check below); it is not part of the citation's value, so equality is declared here.
    private EquatableList<string>? asClaims;

    /// <summary>Equal when the identifier and the words are.</summary>
    /// <param name="other">The other citation.</param>
    /// <returns>True when both members are equal (ordinal).</returns>
    public bool Equals(SourceCitation? other) =>
        other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal) && string.Equals(Quote, other.Quote, StringComparison.Ordinal);

    /// <summary>A hash of the identifier and the words.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode() => HashCode.Combine(Id, Quote);

    /// <summary>This citation's id as a finding's list of claims.</summary>
    internal IReadOnlyList<string> AsClaims()
    {
        var claims = asClaims;
        if (claims is null || !ReferenceEquals(claims[0], Id)) asClaims = claims = EquatableList<string>.Own([Id]);
        return claims;
    }
}
