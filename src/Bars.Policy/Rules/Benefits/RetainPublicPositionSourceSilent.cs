using Bars.Policy.Parameters;
using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Benefits;

/// <summary>Default: outside Belgorod the source says nothing on officials keeping their posts.</summary>
[KeepsDecisionsComplete]
[Name("Benefits.RetainPublicPositionSourceSilent")]
[Description("Where the source says nothing on officials keeping their positions in the region, it is Undetermined (source silent).")]
[Tag("C14")]
internal sealed class RetainPublicPositionSourceSilent() : EntitlementSilenceRule(EntitlementKind.RetainPublicPosition, Claims.C14)
{
    internal override FindingText Text(CaseFacts c) => FindingText.Of(c, static c =>
        $"The source reports that officials kept their positions in Belgorod only; it says nothing on it for {c.Region}.");
}
