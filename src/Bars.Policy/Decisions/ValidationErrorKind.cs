namespace Bars.Policy;

/// <summary>What kind of problem a <see cref="ValidationError"/> reports, for a host that acts on it (a hint, a status
/// code) without reading its message, whose words may change.</summary>
public enum ValidationErrorKind
{
    /// <summary>Any problem not named below: a value, a missing field, the text or the syntax of the input.</summary>
    Invalid,

    /// <summary>A field its object does not have (the case, the applicant, the contract, an injury): what a
    /// population's extra column, or a misspelt name, looks like.</summary>
    UnknownField,
}
