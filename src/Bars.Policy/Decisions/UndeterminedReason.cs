using System.Text.Json.Serialization;
using Bars.Policy.Json;

namespace Bars.Policy;

/// <summary>Why an outcome is Undetermined.</summary>
[JsonConverter(typeof(NameOnlyEnumConverter<UndeterminedReason>))]
public enum UndeterminedReason
{
    /// <summary>The source says nothing that decides this case.</summary>
    SourceSilent,

    /// <summary>The source says contradicting things about this case.</summary>
    SourceConflict,

    /// <summary>The source decides it, but the case lacks an input the rule needs.</summary>
    MissingInput,
}
