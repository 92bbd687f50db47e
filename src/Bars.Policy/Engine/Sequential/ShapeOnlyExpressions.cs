using System.Collections.Concurrent;
using System.Linq.Expressions;
using NRules.Extensibility;

namespace Bars.Policy.Engine.Sequential;

/// <summary>
/// NRules' expressions for a network the sequential plan reads only for its shape: it runs its own delegates (the
/// rules compiled with the library, or compiled from the rules' expressions), never NRules', so each of NRules'
/// delegates is one that throws, made once per delegate type. Compiling, or even interpreting, ~150 expressions
/// nothing calls was most of a region's compile at start (issue 24). A region that falls back to Rete is compiled
/// again, in full, by NRules' own compiler.
/// </summary>
internal sealed class ShapeOnlyExpressions : IExpressionCompiler
{
    private static readonly ConcurrentDictionary<Type, Delegate> Unused = new();

    public TDelegate Compile<TDelegate>(Expression<TDelegate> expression)
        where TDelegate : Delegate => (TDelegate)Unused.GetOrAdd(typeof(TDelegate), static type => Throwing(type));

    private static Delegate Throwing(Type type)
    {
        var invoke = type.GetMethod("Invoke")!;
        var parameters = invoke.GetParameters().Select(p => Expression.Parameter(p.ParameterType, p.Name)).ToArray();
        var thrown = Expression.Throw(
            Expression.New(typeof(InvalidOperationException).GetConstructor([typeof(string)])!, Expression.Constant("This network is read for its shape only: the sequential plan runs its own delegates.")),
            invoke.ReturnType);
        return Expression.Lambda(type, thrown, parameters).Compile(preferInterpretation: true);
    }
}
