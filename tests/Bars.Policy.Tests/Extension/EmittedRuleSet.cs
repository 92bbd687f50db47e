using System.Reflection;
using System.Reflection.Emit;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Tests.Extension;

/// <summary>
/// A host rule-set assembly made at test time, holding one rule class of the given shape. Emitted rather than
/// written here because this test assembly is itself a host rule set (<see cref="HostRules"/>): a non-public rule
/// class in it would be refused for every test that adds it.
/// </summary>
public static class EmittedRuleSet
{
    /// <summary>The shapes of rule class NRules cannot load from a host assembly.</summary>
    public enum Shape
    {
        Internal,
        NestedPublic,
        NestedPrivate,
        OpenGeneric,
    }

    /// <summary>An assembly whose only rule class, <c>Host.HiddenRule</c> (<c>Host.Outer+HiddenRule</c> when nested), has <paramref name="shape"/>.</summary>
    public static Assembly With(Shape shape)
    {
        var name = $"EmittedRuleSet.{shape}";
        var module = AssemblyBuilder.DefineDynamicAssembly(new AssemblyName(name), AssemblyBuilderAccess.Run).DefineDynamicModule(name);
        TypeBuilder rule;
        TypeBuilder? outer = null;
        switch (shape)
        {
            case Shape.Internal:
                rule = module.DefineType("Host.HiddenRule", TypeAttributes.NotPublic | TypeAttributes.Sealed, typeof(Rule));
                break;
            case Shape.OpenGeneric:
                // Named as C# names HiddenRule<T>.
                rule = module.DefineType("Host.HiddenRule`1", TypeAttributes.Public | TypeAttributes.Sealed, typeof(Rule));
                rule.DefineGenericParameters("T");
                break;
            default:
                outer = module.DefineType("Host.Outer", TypeAttributes.Public | TypeAttributes.Sealed);
                var visibility = shape == Shape.NestedPublic ? TypeAttributes.NestedPublic : TypeAttributes.NestedPrivate;
                rule = outer.DefineNestedType("HiddenRule", visibility | TypeAttributes.Sealed, typeof(Rule));
                break;
        }

        rule.DefineDefaultConstructor(MethodAttributes.Public);
        var define = rule.DefineMethod(nameof(Rule.Define), MethodAttributes.Public | MethodAttributes.Virtual | MethodAttributes.HideBySig, typeof(void), Type.EmptyTypes);
        define.GetILGenerator().Emit(OpCodes.Ret);
        rule.CreateType();
        outer?.CreateType();
        return module.Assembly;
    }

    /// <summary>An assembly whose only rule class, named <paramref name="ruleName"/>, derives from
    /// <paramref name="body"/> (an abstract rule this assembly's own rule set leaves out) and is
    /// <c>[AppliesTo(<paramref name="region"/>)]</c>: a rule only the test that adds it runs.</summary>
    public static Assembly Deriving(Type body, string ruleName, string region)
    {
        var name = $"EmittedRuleSet.Deriving.{Guid.NewGuid():N}";
        var module = AssemblyBuilder.DefineDynamicAssembly(new AssemblyName(name), AssemblyBuilderAccess.Run).DefineDynamicModule(name);
        var rule = module.DefineType($"Host.{body.Name}Rule", TypeAttributes.Public | TypeAttributes.Sealed, body);
        rule.SetCustomAttribute(new CustomAttributeBuilder(typeof(Bars.Policy.AppliesToAttribute).GetConstructor([typeof(string[])])!, [new[] { region }]));
        rule.SetCustomAttribute(new CustomAttributeBuilder(typeof(NameAttribute).GetConstructor([typeof(string)])!, [ruleName]));
        rule.DefineDefaultConstructor(MethodAttributes.Public);
        rule.CreateType();
        return module.Assembly;
    }

    /// <summary>An assembly whose only rule class, <c>Host.ScopedRule</c> (a <see cref="ScopedRuleBase"/>), is
    /// <c>[AppliesTo(<paramref name="region"/>)]</c>.</summary>
    public static Assembly AppliesTo(string region)
    {
        var name = $"EmittedRuleSet.AppliesTo.{Guid.NewGuid():N}";
        var module = AssemblyBuilder.DefineDynamicAssembly(new AssemblyName(name), AssemblyBuilderAccess.Run).DefineDynamicModule(name);
        var rule = module.DefineType("Host.ScopedRule", TypeAttributes.Public | TypeAttributes.Sealed, typeof(ScopedRuleBase));
        rule.SetCustomAttribute(new CustomAttributeBuilder(typeof(Bars.Policy.AppliesToAttribute).GetConstructor([typeof(string[])])!, [new[] { region }]));
        rule.SetCustomAttribute(new CustomAttributeBuilder(typeof(NameAttribute).GetConstructor([typeof(string)])!, ["Host.ScopedRule"]));
        rule.DefineDefaultConstructor(MethodAttributes.Public);
        rule.CreateType();
        return module.Assembly;
    }
}

/// <summary>The body of <see cref="EmittedRuleSet.AppliesTo"/>'s rule; abstract, so this assembly's own rule set leaves it out.</summary>
public abstract class ScopedRuleBase : Rule
{
    public override void Define()
    {
        Bars.Policy.Rules.Facts.CaseFacts c = null!;
        When().Match(() => c, x => x.CriminalConviction);
        Then().Do(ctx => Bars.Policy.Rules.Decide.Ineligible(ctx, HostRules.Order1, "Never runs: the configuration is refused."));
    }
}
