using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Bars.Policy.Engine;
using Bars.Policy.Engine.Anatomy;
using Bars.Policy.Parameters;
using NRules.RuleModel;

namespace Bars.Policy.Provenance;

/// <summary>
/// Computes an engine's <see cref="PolicyProvenance"/> once, when it is built: SHA-256 over a canonical text of
/// the configuration (everything sorted by ordinal name, numbers in invariant form with trailing zeros dropped), cut
/// to 128 bits. A rule is its name, class, scope, priority, description, tags, its expressions (with the values it
/// captured written out, so two instances of one base class differ) and the IL of its class and base classes, with
/// every token written as the name it stands for, so that code elsewhere in an assembly does not move it. A Debug
/// and a Release build compile rules differently, and so have different fingerprints.
/// </summary>
internal static class PolicyFingerprint
{
    /// <summary>The package version of the library, without build metadata.</summary>
    public static string LibraryVersion { get; } =
        typeof(PolicyFingerprint).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(PolicyFingerprint).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    /// <summary>The provenance of a configuration: its rules (with their classes and scopes), each region's rule set
    /// and parameters over time, and the rules switched off.</summary>
    public static PolicyProvenance Of(IReadOnlyList<RuleAnatomy> rules, IReadOnlyDictionary<string, ParameterTimeline> regions, IReadOnlyList<DisabledRule> disabled)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Write(rules, regions, disabled, part => hash.AppendData(Encoding.UTF8.GetBytes(part)));
        return new PolicyProvenance(LibraryVersion, "sha256:" + Convert.ToHexStringLower(hash.GetHashAndReset().AsSpan(0, 16)));
    }

    /// <summary>The text the fingerprint hashes (internal: tests read it to see what is covered).</summary>
    public static string Canonical(IReadOnlyList<RuleAnatomy> rules, IReadOnlyDictionary<string, ParameterTimeline> regions, IReadOnlyList<DisabledRule> disabled)
    {
        var all = new StringBuilder();
        Write(rules, regions, disabled, part => all.Append(part));
        return all.ToString();
    }

    // The canonical text a rule at a time, so the hash never holds all of it.
    private static void Write(IReadOnlyList<RuleAnatomy> rules, IReadOnlyDictionary<string, ParameterTimeline> regions, IReadOnlyList<DisabledRule> disabled, Action<string> write)
    {
        var text = new StringBuilder();
        foreach (var rule in rules.OrderBy(r => r.Definition.Name, StringComparer.Ordinal))
        {
            Rule(text, rule);
            write(text.ToString());
            text.Clear();
        }

        foreach (var (region, timeline) in regions.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            text.Append("region ").Append(region).Append(Regions.All.Contains(region) ? " shipped" : " added").Append('\n');
            foreach (var name in Enum.GetValues<Parameter>())
            {
                if (timeline.Shipped[name] is { } v) Value(text, "shipped", v);
            }

            foreach (var v in timeline.HostValues.OrderBy(v => v.Name).ThenBy(v => v.EffectiveFrom)) Value(text, "host", v);
        }

        foreach (var d in disabled.OrderBy(d => d.Region, StringComparer.Ordinal).ThenBy(d => d.RuleName, StringComparer.Ordinal))
        {
            text.Append("disabled ").Append(d.Region).Append(' ').Append(d.RuleName).Append(" because ").Append(d.Reason).Append('\n');
        }

        write(text.ToString());
    }

    private static void Value(StringBuilder text, string whose, ParameterValue v) =>
        text.Append("  ").Append(whose).Append(' ').Append(v.Name).Append(' ').Append(Number(v.Value))
            .Append(" from ").Append(v.EffectiveFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-")
            .Append(" to ").Append(v.EffectiveTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-")
            .Append(" cites ").Append(v.Citation.Id).Append(" \"").Append(v.Citation.Quote).Append("\"\n");

    // 50000 and 50000.00 are one value.
    private static string Number(decimal value) => ValuesNamed.Number(value);

    private static void Rule(StringBuilder text, RuleAnatomy rule)
    {
        var d = rule.Definition;
        text.Append("rule ").Append(d.Name).Append('\n')
            .Append("  class ").Append(rule.RuleType.FullName).Append(" in ").Append(rule.RuleType.Assembly.GetName().Name).Append('\n')
            .Append("  regions ").Append(rule.Regions is { } scope ? string.Join(",", scope) : "all").Append('\n')
            .Append("  priority ").Append(d.Priority.ToString(CultureInfo.InvariantCulture)).Append(" repeatable ").Append(d.Repeatability).Append('\n')
            .Append("  description ").Append(d.Description).Append('\n')
            .Append("  tags ").Append(string.Join(",", d.Tags)).Append('\n');
        foreach (var written in rule.Written) text.Append("  expression ").Append(written).Append('\n');
        foreach (var type in IlText.WithBases(rule.RuleType, typeof(NRules.Fluent.Dsl.Rule))) text.Append(IlText.Of(type));
    }
}
