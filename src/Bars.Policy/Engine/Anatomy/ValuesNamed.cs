using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using Bars.Policy.Parameters;

namespace Bars.Policy.Engine.Anatomy;

/// <summary>
/// What a rule's expressions name: the policy parameters (as constants, or as values the rule captured — a field of
/// its closure or of the rule, so a shared base class's instances are told apart), the members of facts they read, and
/// every captured value written out for the fingerprint.
/// </summary>
internal sealed class ValuesNamed : ExpressionVisitor
{
    /// <summary>The parameters named, one bit each (<c>1 &lt;&lt; (int)parameter</c>): not a set of the enum, whose
    /// generic code ReadyToRun cannot hold and a one-case process would JIT (issue 24).</summary>
    public int ParameterMask { get; private set; }

    /// <summary>The members read (properties and fields of facts and of captured objects).</summary>
    public HashSet<MemberInfo> Members { get; } = [];

    /// <summary>The values captured by the expression last visited, as <c>name=value</c>.</summary>
    public List<string> Captured { get; } = [];

    protected override Expression VisitConstant(ConstantExpression node)
    {
        if (node.Value is Parameter p) ParameterMask |= 1 << (int)p;
        return node;
    }

    protected override Expression VisitMember(MemberExpression node)
    {
        Members.Add(node.Member);
        if (node.Expression is ConstantExpression { Value: { } owner })
        {
            var value = node.Member switch
            {
                FieldInfo f => f.GetValue(owner),
                PropertyInfo p => p.GetValue(owner),
                _ => null,
            };
            if (value is Parameter parameter) ParameterMask |= 1 << (int)parameter;
            Captured.Add($"{node.Member.Name}={Text(value)}");
        }

        return base.VisitMember(node);
    }

    /// <summary>A number as the fingerprint writes it: 50000 and 50000.00 are one value.</summary>
    public static string Number(decimal value) => (value / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    private static string Text(object? value) => value switch
    {
        null => "null",
        decimal d => Number(d),
        SourceCitation c => $"{c.Id} \"{c.Quote}\"",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        string s => $"\"{s}\"",
        System.Collections.IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Text)) + "]",
        _ => value.GetType().FullName ?? "?",
    };
}
