namespace Bars.Policy;

/// <summary>
/// How much of each finding a decision's JSON carries (see
/// <see cref="PolicyJson.Write(System.Text.Json.Utf8JsonWriter, PolicyDecision, FindingsDetail)"/>): the whole
/// finding, its rule and claims only (the catalogue holds each rule's text and quote), or none at all. Each outcome's
/// <c>parameters</c> (the values its rules read) follow the same level.
/// </summary>
public enum FindingsDetail
{
    /// <summary>Every finding whole: rule id, claims, text and quote; every parameter read whole: name, value,
    /// period and citation. The JSON contract's default.</summary>
    Full,

    /// <summary>Each finding's rule id and claims, without its text and quote; each parameter read by its name, value
    /// and citation id, without its period and the citation's words (the catalogue holds both).</summary>
    Ids,

    /// <summary>No findings and no parameters read: the outcomes only.</summary>
    None,
}
