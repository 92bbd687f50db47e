using System.Text;
using Bars.Policy.Provenance;

namespace Bars.Policy.Tests.Provenance;

/// <summary>
/// A rule class's IL text, read once per process (issue 24: the engine reads the classes' IL beside the rules'
/// loading, and the fingerprint takes it from there): the text read once is the text read afresh.
/// </summary>
public sealed class IlTextTests
{
    private static readonly Type[] RuleTypes = typeof(PolicyEngine).Assembly.GetTypes()
        .Where(t => typeof(NRules.Fluent.Dsl.Rule).IsAssignableFrom(t) && !t.IsAbstract)
        .ToArray();

    [Fact]
    public void A_class_read_once_is_the_class_read_afresh_for_every_shipped_rule_and_base_class()
    {
        Assert.NotEmpty(RuleTypes);
        IlText.ReadAhead(RuleTypes, typeof(NRules.Fluent.Dsl.Rule));
        foreach (var rule in RuleTypes)
        {
            for (var type = rule; type != typeof(NRules.Fluent.Dsl.Rule); type = type.BaseType!)
            {
                var afresh = new StringBuilder();
                IlText.Append(afresh, type);
                Assert.Equal(afresh.ToString(), IlText.Of(type));
                Assert.Contains(" il ", IlText.Of(type), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void A_class_is_read_once_per_process_until_a_hot_reload()
    {
        var once = IlText.Of(RuleTypes[0]);
        Assert.Same(once, IlText.Of(RuleTypes[0]));

        // The runtime calls the handler after a hot reload: the class is read again.
        var handler = typeof(IlText).Assembly.GetCustomAttributes(typeof(System.Reflection.Metadata.MetadataUpdateHandlerAttribute), false)
            .Cast<System.Reflection.Metadata.MetadataUpdateHandlerAttribute>()
            .Single(a => a.HandlerType == typeof(IlText));
        handler.HandlerType.GetMethod("ClearCache")!.Invoke(null, [new[] { RuleTypes[0] }]);
        var again = IlText.Of(RuleTypes[0]);
        Assert.NotSame(once, again);
        Assert.Equal(once, again);
    }
}
