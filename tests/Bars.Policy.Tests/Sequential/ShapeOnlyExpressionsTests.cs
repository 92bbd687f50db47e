using System.Linq.Expressions;
using Bars.Policy.Engine.Sequential;

namespace Bars.Policy.Tests.Sequential;

/// <summary>
/// The delegates of a network read only for its shape (issue 24): NRules' two delegate types are bound to a method
/// rather than compiled, any other is compiled as before, and each of them throws if it is ever called.
/// </summary>
public sealed class ShapeOnlyExpressionsTests
{
    private const string Message = "This network is read for its shape only: the sequential plan runs its own delegates.";

    [Fact]
    public void A_condition_over_one_fact_is_bound_to_a_method_and_throws_when_called()
    {
        var condition = new ShapeOnlyExpressions().Compile<Func<string, bool>>(s => s.Length > 0);
        Assert.Equal(typeof(ShapeOnlyExpressions), condition.Method.DeclaringType);
        Assert.Equal(Message, Assert.Throws<InvalidOperationException>(() => condition("x")).Message);
    }

    [Fact]
    public void An_action_over_a_context_and_a_tuple_is_bound_to_a_method_and_throws_when_called()
    {
        var action = new ShapeOnlyExpressions().Compile<Action<object, int>>((o, i) => Console.Write(i));
        Assert.Equal(typeof(ShapeOnlyExpressions), action.Method.DeclaringType);
        Assert.Equal(Message, Assert.Throws<InvalidOperationException>(() => action(new object(), 1)).Message);
    }

    [Fact]
    public void Any_other_delegate_type_is_compiled_and_throws_when_called()
    {
        var other = new ShapeOnlyExpressions().Compile<Func<int, int, int>>((a, b) => a + b);
        Assert.NotEqual(typeof(ShapeOnlyExpressions), other.Method.DeclaringType);
        Assert.Equal(Message, Assert.Throws<InvalidOperationException>(() => other(1, 2)).Message);
    }

    [Fact]
    public void One_delegate_is_made_per_delegate_type()
    {
        var compiler = new ShapeOnlyExpressions();
        Expression<Func<string, bool>> first = s => s.Length > 0;
        Expression<Func<string, bool>> second = s => s.Length > 1;
        Assert.Same(compiler.Compile(first), compiler.Compile(second));
    }
}
