namespace Bars.Policy;

/// <summary>
/// Where a host's value comes from: its own identifier (a decree, an order, a page) and the words it rests on.
/// Findings that use the value cite <see cref="Id"/> where shipped values cite a claim id, and quote <see cref="Quote"/>.
/// </summary>
/// <param name="Id">The host's identifier of its source, e.g. "Kursk order 17/2025 §3". Not a claim id (C1…C19).</param>
/// <param name="Quote">The source's own words.</param>
public sealed record SourceCitation(string Id, string Quote);
