using System.Text.Json.Serialization;
using Bars.Policy.Json;

namespace Bars.Policy;

/// <summary>Whether members may be deployed to the war zone (C21).</summary>
[JsonConverter(typeof(NameOnlyEnumConverter<DeploymentStatus>))]
public enum DeploymentStatus
{
    /// <summary>The source says members may be deployed there.</summary>
    Permitted,

    /// <summary>The source says they may not.</summary>
    NotPermitted,

    /// <summary>The source raises the question and does not answer it.</summary>
    Undetermined,
}
