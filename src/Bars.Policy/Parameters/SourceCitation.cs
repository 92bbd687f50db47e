namespace Bars.Policy;

/// <summary>
/// Where a value or a finding comes from: an identifier of the source and its own words. The library's claims are
/// citations of its one source (ids C1…C19, see claims.md); a host cites its own source the same way (a decree, an
/// order, a page) and its findings quote it.
/// </summary>
/// <param name="Id">The source's identifier: a claim id for the shipped policy, e.g. "Kursk order 17/2025 §3" for a host's.</param>
/// <param name="Quote">The source's own words.</param>
public sealed record SourceCitation(string Id, string Quote);
