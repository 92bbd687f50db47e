using System.Linq.Expressions;
using NRules.Extensibility;

namespace Bars.Policy.Engine.Sequential;

/// <summary>
/// NRules' expressions, interpreted: for a network the sequential plan only reads (it compiles its own delegates),
/// compiling them would cost the start-up time and the JIT of NRules' compiler for delegates nothing calls.
/// </summary>
internal sealed class InterpretedExpressions : IExpressionCompiler
{
    public TDelegate Compile<TDelegate>(Expression<TDelegate> expression)
        where TDelegate : Delegate => expression.Compile(preferInterpretation: true);
}
