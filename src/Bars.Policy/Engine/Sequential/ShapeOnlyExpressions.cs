using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
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
    private const string Message = "This network is read for its shape only: the sequential plan runs its own delegates.";

    private static readonly ConcurrentDictionary<Type, Delegate> Unused = new();

    public TDelegate Compile<TDelegate>(Expression<TDelegate> expression)
        where TDelegate : Delegate => (TDelegate)Unused.GetOrAdd(typeof(TDelegate), static type => Throwing(type));

    // NRules asks for a Func<Fact, bool> and an Action<IContext, Tuple> (its own internal types): bound to a generic
    // method rather than compiled, since compiling even one lambda loads the expression compiler and emits IL at
    // start-up (issue 24). Any other delegate type is compiled as before.
    private static Delegate Throwing(Type type)
    {
        var invoke = type.GetMethod("Invoke")!;
        var bound = (type.IsGenericType ? type.GetGenericTypeDefinition() : null) switch
        {
            { } f when f == typeof(Func<,>) => nameof(Func1),
            { } f when f == typeof(Action<,>) => nameof(Action2),
            _ => null,
        };
        if (bound is not null)
        {
            var method = typeof(ShapeOnlyExpressions).GetMethod(bound, BindingFlags.NonPublic | BindingFlags.Static)!;
            return Delegate.CreateDelegate(type, method.MakeGenericMethod(type.GetGenericArguments()));
        }

        var parameters = invoke.GetParameters().Select(p => Expression.Parameter(p.ParameterType, p.Name)).ToArray();
        var thrown = Expression.Throw(
            Expression.New(typeof(InvalidOperationException).GetConstructor([typeof(string)])!, Expression.Constant(Message)),
            invoke.ReturnType);
        return Expression.Lambda(type, thrown, parameters).Compile(preferInterpretation: true);
    }

    private static TResult Func1<T, TResult>(T argument) => throw new InvalidOperationException(Message);

    private static void Action2<T1, T2>(T1 first, T2 second) => throw new InvalidOperationException(Message);
}
