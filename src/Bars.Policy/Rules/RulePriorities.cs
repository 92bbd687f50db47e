namespace Bars.Policy.Rules;

/// <summary>
/// The order of the stages of one evaluation. NRules fires higher priorities first among the rules that are
/// active at once; later stages match facts that earlier stages insert.
/// </summary>
internal static class RulePriorities
{
    // Enlistment conditions and everything that depends only on the case fire at NRules' default priority, 0.

    /// <summary>The enlistment outcome, once every condition has had its say.</summary>
    public const int Outcome = -100;

    /// <summary>Default rules: where no exception decided, the source is silent.</summary>
    public const int SourceSilent = -1000;
}
