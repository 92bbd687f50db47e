using System.Globalization;
using System.Text;

namespace Bars.Policy.Verification;

/// <summary>
/// What <see cref="VerificationExtensions.Verify"/> proved of an engine's rule sets over every combination of input
/// classes: per region the classes and counts, every defect with its smallest counterexample, the rules that never
/// fire and the claims no rule cites.
/// </summary>
/// <param name="Policy">The policy verified (library version and fingerprint).</param>
/// <param name="Regions">Each region's classes and counts, by region name.</param>
/// <param name="Failures">Every defect found, each once with its smallest counterexample.</param>
/// <param name="DeadRules">Rules that fired for no case in any region they apply to.</param>
/// <param name="UncoveredClaims">Claim ids of the source (C1…C19) that no finding cited for any case.</param>
/// <param name="Elapsed">How long the whole check took.</param>
public sealed record PolicyVerification(
    PolicyProvenance Policy,
    IReadOnlyList<RegionVerification> Regions,
    IReadOnlyList<VerificationFailure> Failures,
    IReadOnlyList<string> DeadRules,
    IReadOnlyList<string> UncoveredClaims,
    TimeSpan Elapsed)
{
    /// <summary>Each region's classes and counts, by region name.</summary>
    public IReadOnlyList<RegionVerification> Regions { get; init; } = EquatableList<RegionVerification>.Of(Regions);

    /// <summary>Every defect found, each once with its smallest counterexample.</summary>
    public IReadOnlyList<VerificationFailure> Failures { get; init; } = EquatableList<VerificationFailure>.Of(Failures);

    /// <summary>Rules that fired for no case in any region they apply to.</summary>
    public IReadOnlyList<string> DeadRules { get; init; } = EquatableList<string>.Of(DeadRules);

    /// <summary>Claim ids of the source that no finding cited for any case.</summary>
    public IReadOnlyList<string> UncoveredClaims { get; init; } = EquatableList<string>.Of(UncoveredClaims);

    /// <summary>True when nothing failed, no rule is dead and every claim is covered.</summary>
    public bool IsClean => Failures.Count == 0 && DeadRules.Count == 0 && UncoveredClaims.Count == 0;

    /// <summary>Throws unless <see cref="IsClean"/>: one line in a host's own tests,
    /// <c>PolicyEngine.Create(Configure).Verify().EnsureClean();</c>.</summary>
    /// <returns>This verification, when clean.</returns>
    /// <exception cref="PolicyVerificationException">Something failed; its message is <see cref="ToText"/>.</exception>
    public PolicyVerification EnsureClean() => IsClean ? this : throw new PolicyVerificationException(this);

    /// <summary>The report for people: per region the classes, counts and time; then every failure with its
    /// counterexample as case JSON, the dead rules and the uncovered claims.</summary>
    /// <returns>Text with <c>\n</c> line ends.</returns>
    public string ToText()
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.Append(c, $"Policy {Policy.LibraryVersion}, fingerprint {Policy.Fingerprint}\n");
        foreach (var r in Regions)
        {
            text.Append(c, $"{r.Region}: {r.Combinations:N0} class combinations, {r.Cases:N0} cases, {r.Clashes:N0} clashes, {r.Gaps:N0} gaps, {r.Failed:N0} failed, {r.Elapsed.TotalSeconds:0.00} s\n");
            foreach (var field in r.Classes) text.Append("  ").Append(field).Append('\n');
            // A rule that fires in another region is not dead: it says what this region's values do not call for.
            var elsewhere = r.RulesNotFired.Where(n => !DeadRules.Contains(n)).ToArray();
            if (elsewhere.Length > 0) text.Append("  not called for here (each fires in another region, so none is dead): ").Append(string.Join(", ", elsewhere)).Append('\n');
            foreach (var unread in r.Unread) text.Append("  not split on: ").Append(unread).Append('\n');
        }

        text.Append(c, $"Total: {Regions.Sum(r => r.Cases):N0} cases in {Elapsed.TotalSeconds:0.00} s; {Failures.Count} failures, {DeadRules.Count} dead rules, {UncoveredClaims.Count} uncovered claims.\n");
        foreach (var f in Failures)
        {
            text.Append(c, $"FAIL {f.Check} in {f.Region} ({f.Cases:N0} cases): {f.Message}\n");
            text.Append("  smallest case: ").Append(f.Classes).Append('\n');
            text.Append("  ").Append(f.CaseJson).Append('\n');
        }

        if (DeadRules.Count > 0) text.Append("Dead rules (fire for no case): ").Append(string.Join(", ", DeadRules)).Append('\n');
        if (UncoveredClaims.Count > 0) text.Append("Claims no finding cites: ").Append(string.Join(", ", UncoveredClaims)).Append('\n');
        text.Append(IsClean ? "Verified: clean.\n" : "Not verified.\n");
        return text.ToString();
    }
}
