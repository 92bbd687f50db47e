namespace Bars.Policy;

/// <summary>
/// How much of each finding a decision's JSON carries (see
/// <see cref="PolicyJson.Write(System.Text.Json.Utf8JsonWriter, PolicyDecision, FindingsDetail)"/>): the whole
/// finding, its rule and claims only (the catalogue holds each rule's text and quote), or none at all.
/// </summary>
public enum FindingsDetail
{
    /// <summary>Every finding whole: rule id, claims, text and quote. The JSON contract's default.</summary>
    Full,

    /// <summary>Each finding's rule id and claims, without its text and quote.</summary>
    Ids,

    /// <summary>No findings: the outcomes only.</summary>
    None,
}
