using NRules.Fluent;
using NRules.RuleModel;

namespace Bars.Policy.Engine;

/// <summary>The shipped rule classes, loaded once from this assembly: what the engine compiles and what docs and tests read.</summary>
internal static class RuleCatalog
{
    public static RuleRepository LoadShipped()
    {
        var repository = new RuleRepository();
        repository.Load(x => x.From(typeof(RuleCatalog).Assembly).PrivateTypes(true));
        return repository;
    }

    public static IReadOnlyList<IRuleDefinition> Shipped() =>
        LoadShipped().GetRuleSets().SelectMany(s => s.Rules).ToArray();
}
