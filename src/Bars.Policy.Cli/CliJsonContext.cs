using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Bars.Policy.Cli.Output;

namespace Bars.Policy.Cli;

/// <summary>The tool's own JSON: the comparison it writes (the reform is read by <see cref="ReformReader"/>).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectRequiredConstructorParameters = true,
    WriteIndented = true,
    Converters = [typeof(EnumNameConverter<Parameter>), typeof(EnumNameConverter<CostChange>)])]
[JsonSerializable(typeof(PolicyComparison))]
[JsonSerializable(typeof(PeriodCost))]
[JsonSerializable(typeof(CaseComparison))]
[JsonSerializable(typeof(RunProvenance))]
internal sealed partial class CliJsonContext : JsonSerializerContext
{
    // Built on first use: a static initializer could run before the generated Default is set.
    private static CliJsonContext? compact;

    /// <summary>The same, one line per value: for JSON Lines.</summary>
    public static CliJsonContext Compact => compact ??= new(new JsonSerializerOptions(Default.Options) { WriteIndented = false });

    /// <summary>A summary (a JSON object) with the run's provenance added as its last property, indented.</summary>
    /// <param name="summary">The summary.</param>
    /// <param name="provenance">Where it comes from.</param>
    /// <returns>The JSON text.</returns>
    public static string WithProvenance(JsonNode summary, RunProvenance provenance)
    {
        summary.AsObject()["provenance"] = JsonSerializer.SerializeToNode(provenance, Default.RunProvenance);
        return summary.ToJsonString(Default.Options);
    }
}
