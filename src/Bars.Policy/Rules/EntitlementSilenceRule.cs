using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules;

/// <summary>
/// The default for one entitlement of an enlisted applicant: where no other rule of the region decided it (the
/// readings of time decide first, I8), the source states nothing on it, so it is Undetermined (source silent). It fires last, once every other rule had its say.
/// </summary>
/// <param name="kind">The entitlement it decides.</param>
/// <param name="citation">The claim whose silence it reports.</param>
/// <param name="also">Further claims the finding cites, when the silence is shared.</param>
[Priority(RulePriorities.SourceSilent)]
internal abstract class EntitlementSilenceRule(EntitlementKind kind, SourceCitation citation, params SourceCitation[] also) : Rule
{
    public override void Define()
    {
        Membership m = null!;
        When().Match(() => m, x => x.Enlisted)
            .Not<EntitlementResult>(r => r.Kind == kind);
        Then().Do(ctx => Recorder.Undetermined(ctx, kind, UndeterminedReason.SourceSilent, citation, Text(m.Case), also));
    }

    /// <summary>Why the source says nothing for this case's region.</summary>
    internal abstract FindingText Text(CaseFacts c);
}
