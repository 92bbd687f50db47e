using Bars.Policy.Parameters;
using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Service;

/// <summary>C20: what the author's overview says BARS squads do, in every region.</summary>
[Name("Service.GeneralDuties")]
[Description("BARS squads in every region guard strategic locations, assist the army at checkpoints and train to shoot down drones.")]
[Tag("C20")]
internal sealed class GeneralDuties() : DutiesRule(
    Claims.C20,
    "The duties of BARS squads in general, as the author's overview describes them.",
    "guarding strategic locations, such as bridges and industrial sites",
    "assisting the army at checkpoints",
    "training to shoot down drones");
