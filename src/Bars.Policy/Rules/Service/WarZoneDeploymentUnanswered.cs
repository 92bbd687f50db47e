using Bars.Policy.Parameters;
using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Service;

/// <summary>C21: the source raises whether members may be deployed to the war zone and never answers it.</summary>
[KeepsDecisionsComplete]
[Name("Service.WarZoneDeploymentUnanswered")]
[Description("Whether a member may be deployed to the war zone is Undetermined (source silent): the source raises the question and does not answer it.")]
[Tag("C21")]
internal sealed class WarZoneDeploymentUnanswered : Rule
{
    public override void Define()
    {
        CaseFacts c = null!;
        When().Match(() => c);
        Then().Do(ctx => Recorder.WarZoneDeployment(ctx, DeploymentStatus.Undetermined, UndeterminedReason.SourceSilent, Claims.C21,
            "The source sets out to discuss whether BARS units might be deployed to the war zone and never says; an analyst calls their tasks supplementary. Undetermined."));
    }
}
