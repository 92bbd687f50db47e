using System.Linq.Expressions;
using System.Reflection;
using Bars.Policy.Rules;

namespace Bars.Policy.Engine.Anatomy;

/// <summary>
/// What a rule decides, read off its actions' calls: a call to <see cref="Recorder"/> or <see cref="Decide"/> that
/// names an entitlement or obligation kind records that kind; any other records what its method is marked with
/// (<see cref="RecordsAttribute"/>). An action records through these calls itself: a helper's calls are not read
/// (the catalogue test pins the shipped rules' outcomes).
/// </summary>
internal sealed class OutcomesRecorded : ExpressionVisitor
{
    /// <summary>The outcomes found, in a stable order.</summary>
    public SortedSet<string> Found { get; } = new(StringComparer.Ordinal);

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        var declaring = node.Method.DeclaringType;
        if (declaring == typeof(Recorder) || declaring == typeof(Decide))
        {
            var kind = node.Arguments.FirstOrDefault(a => a.Type == typeof(EntitlementKind) || a.Type == typeof(ObligationKind));
            if (kind is not null && Value(kind) is { } value) Found.Add(value.ToString()!);
            else if (node.Method.GetCustomAttribute<RecordsAttribute>() is { } records) Found.Add(records.Outcome);
        }

        return base.VisitMethodCall(node);
    }

    private static object? Value(Expression e)
    {
        // A constant, or a field the rule captured (a base class's kind), is read as it is: compiling a lambda for it
        // loaded the expression compiler at start-up (issue 24).
        switch (e)
        {
            case ConstantExpression constant:
                return constant.Value;
            case MemberExpression { Member: FieldInfo field, Expression: var owner } when field.IsStatic ? owner is null : owner is ConstantExpression { Value: not null }:
                return field.GetValue((owner as ConstantExpression)?.Value);
        }

        try
        {
            return Expression.Lambda(Expression.Convert(e, typeof(object))).Compile(preferInterpretation: true).DynamicInvoke();
        }
        catch (InvalidOperationException)
        {
            return null; // it reads a fact: which kind is known only per case
        }
    }
}
