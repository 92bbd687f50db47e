using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using Bars.Policy.Parameters;
using Microsoft.CodeAnalysis.CSharp;

namespace Bars.Policy.Tests.Compiled;

/// <summary>
/// Writes a rule's expression as the C# it was written from: every type named in full, every value the rule captured
/// written as the constant it is, every sub-expression in parentheses so that no precedence is left to chance. A shape
/// this writer does not know, or a member the library's own code could not reach, is an
/// <see cref="UnwritableException"/>: that expression is left to the runtime plan.
/// </summary>
internal sealed class ExpressionAsCSharp
{
    private static readonly Assembly Library = typeof(PolicyEngine).Assembly;
    private readonly Dictionary<ParameterExpression, string> names = [];
    private readonly List<string> fields;

    private ExpressionAsCSharp(List<string> fields) => this.fields = fields;

    /// <summary>A condition: a static lambda over the fact as <c>object</c>. An array it captured becomes one of
    /// <paramref name="fields"/> (a static field of the file), made once as the rule's was.</summary>
    public static string Condition(LambdaExpression condition, List<string> fields)
    {
        var writer = new ExpressionAsCSharp(fields);
        var fact = condition.Parameters.Single();
        var name = writer.Name(fact);
        return $"static f => {{ var {name} = ({TypeName(fact.Type)})f; return {writer.Write(condition.Body)}; }}";
    }

    /// <summary>An action: a static lambda over the context and the matched fact as <c>object</c>; see <see cref="Condition"/>.</summary>
    public static string Action(LambdaExpression action, List<string> fields)
    {
        var writer = new ExpressionAsCSharp(fields);
        writer.names.Add(action.Parameters[0], "ctx");
        var facts = new StringBuilder();
        foreach (var p in action.Parameters.Skip(1)) facts.Append($"var {writer.Name(p)} = ({TypeName(p.Type)})f; ");
        var body = writer.Write(action.Body);
        var statement = action.Body.Type == typeof(void) ? body : $"_ = {body}";
        return $"static (ctx, f) => {{ {facts}{statement}; }}";
    }

    private string Name(ParameterExpression p)
    {
        if (names.TryGetValue(p, out var known)) return known;
        var name = $"p{names.Count}";
        names.Add(p, name);
        return name;
    }

    private string Write(Expression e) => e switch
    {
        ParameterExpression p => names.TryGetValue(p, out var n) ? n : throw new UnwritableException($"the parameter {p.Name} is not the lambda's"),
        ConstantExpression c => Constant(c.Value, c.Type),
        MemberExpression m => Member(m),
        MethodCallExpression call => Call(call),
        UnaryExpression u => Unary(u),
        BinaryExpression b => Binary(b),
        ConditionalExpression c when c.Type != typeof(void) =>
            $"(({Write(c.Test)}) ? ({TypeName(c.Type)})({Write(c.IfTrue)}) : ({TypeName(c.Type)})({Write(c.IfFalse)}))",
        NewExpression n when n.Members is null => n.Constructor is null ? $"default({TypeName(n.Type)})" : $"new {TypeName(n.Type)}({Arguments(n.Constructor, n.Arguments)})",
        // An empty params array: the one empty array, as the C# compiler passes outside an expression.
        NewArrayExpression { NodeType: ExpressionType.NewArrayInit, Expressions.Count: 0 } a => $"global::System.Array.Empty<{TypeName(a.Type.GetElementType()!)}>()",
        NewArrayExpression a when a.NodeType == ExpressionType.NewArrayInit => $"new {TypeName(a.Type.GetElementType()!)}[] {{ {string.Join(", ", a.Expressions.Select(Write))} }}",
        NewArrayExpression a => $"new {TypeName(a.Type.GetElementType()!)}[{string.Join(", ", a.Expressions.Select(Write))}]",
        LambdaExpression l => Lambda(l),
        InvocationExpression i => $"({Write(i.Expression)})({string.Join(", ", i.Arguments.Select(Write))})",
        TypeBinaryExpression t when t.NodeType == ExpressionType.TypeIs => $"(({Write(t.Expression)}) is {TypeName(t.TypeOperand)})",
        DefaultExpression d when d.Type != typeof(void) => $"default({TypeName(d.Type)})",
        MemberInitExpression mi when mi.Bindings.All(b => b is MemberAssignment) =>
            $"{Write(mi.NewExpression)} {{ {string.Join(", ", mi.Bindings.Cast<MemberAssignment>().Select(b => $"{Accessible(b.Member)} = {Write(b.Expression)}"))} }}",
        IndexExpression ix when ix.Object is not null && ix.Indexer is not null => $"({Write(ix.Object)})[{string.Join(", ", ix.Arguments.Select(Write))}]",
        _ => throw new UnwritableException($"a {e.NodeType} expression"),
    };

    private string Lambda(LambdaExpression l)
    {
        var parameters = string.Join(", ", l.Parameters.Select(p => $"{TypeName(p.Type)} {Name(p)}"));
        return $"(({TypeName(l.Type)})(({parameters}) => {Write(l.Body)}))";
    }

    private string Member(MemberExpression m)
    {
        // A value the rule captured (a closure's field, the rule's own field or property): written as its constant.
        if (Captured(m, out var value)) return Constant(value, m.Type);
        var name = Accessible(m.Member);
        return m.Expression is null ? $"{TypeName(m.Member.DeclaringType!)}.{name}" : $"({Write(m.Expression)}).{name}";
    }

    // Whether m reads a value fixed when the rule was defined: a member of a constant (a closure or the rule), or of such a member.
    private static bool Captured(MemberExpression m, out object? value)
    {
        value = null;
        object? owner;
        switch (m.Expression)
        {
            case ConstantExpression c:
                owner = c.Value;
                break;
            case MemberExpression inner when Captured(inner, out var innerValue):
                owner = innerValue;
                break;
            default:
                return false;
        }

        if (owner is null || !IsCompilerMade(owner.GetType()) && owner is not NRules.Fluent.Dsl.Rule) return false;
        value = m.Member switch
        {
            FieldInfo f => f.GetValue(owner),
            PropertyInfo p => p.GetValue(owner),
            _ => throw new UnwritableException($"the member {m.Member.Name} of a captured value"),
        };
        return true;
    }

    private string Call(MethodCallExpression call)
    {
        var method = call.Method;
        var name = Accessible(method);
        var generic = method.IsGenericMethod ? $"<{string.Join(", ", method.GetGenericArguments().Select(TypeName))}>" : "";
        var arguments = Arguments(method, call.Arguments);
        if (method.IsStatic) return $"{TypeName(method.DeclaringType!)}.{name}{generic}({arguments})";
        if (method.IsSpecialName && method.Name == "get_Item") return $"({Write(call.Object!)})[{arguments}]";
        return $"({Write(call.Object!)}).{name}{generic}({arguments})";
    }

    private string Arguments(MethodBase method, IReadOnlyList<Expression> arguments)
    {
        if (method.GetParameters().Any(p => p.ParameterType.IsByRef)) throw new UnwritableException($"{method.Name} takes an argument by reference");
        return string.Join(", ", arguments.Select(Write));
    }

    private string Unary(UnaryExpression u)
    {
        var operand = Write(u.Operand);
        return u.NodeType switch
        {
            ExpressionType.Convert => $"(({TypeName(u.Type)})({operand}))",
            ExpressionType.ConvertChecked => $"checked(({TypeName(u.Type)})({operand}))",
            ExpressionType.Not when u.Operand.Type == typeof(bool) || u.Operand.Type == typeof(bool?) => $"(!({operand}))",
            ExpressionType.Not => $"(~({operand}))",
            ExpressionType.Negate => $"(-({operand}))",
            ExpressionType.UnaryPlus => $"(+({operand}))",
            ExpressionType.ArrayLength => $"({operand}).Length",
            ExpressionType.TypeAs => $"(({operand}) as {TypeName(u.Type)})",
            _ => throw new UnwritableException($"a {u.NodeType} expression"),
        };
    }

    private string Binary(BinaryExpression b)
    {
        if (b.NodeType == ExpressionType.ArrayIndex) return $"({Write(b.Left)})[{Write(b.Right)}]";
        if (b.NodeType == ExpressionType.Coalesce && b.Conversion is not null) throw new UnwritableException("a coalesce with a conversion");
        var op = b.NodeType switch
        {
            ExpressionType.Add or ExpressionType.AddChecked => "+",
            ExpressionType.Subtract or ExpressionType.SubtractChecked => "-",
            ExpressionType.Multiply or ExpressionType.MultiplyChecked => "*",
            ExpressionType.Divide => "/",
            ExpressionType.Modulo => "%",
            ExpressionType.And => "&",
            ExpressionType.Or => "|",
            ExpressionType.ExclusiveOr => "^",
            ExpressionType.AndAlso => "&&",
            ExpressionType.OrElse => "||",
            ExpressionType.Equal => "==",
            ExpressionType.NotEqual => "!=",
            ExpressionType.LessThan => "<",
            ExpressionType.LessThanOrEqual => "<=",
            ExpressionType.GreaterThan => ">",
            ExpressionType.GreaterThanOrEqual => ">=",
            ExpressionType.Coalesce => "??",
            ExpressionType.LeftShift => "<<",
            ExpressionType.RightShift => ">>",
            _ => throw new UnwritableException($"a {b.NodeType} expression"),
        };
        var text = $"(({Write(b.Left)}) {op} ({Write(b.Right)}))";
        return b.NodeType is ExpressionType.AddChecked or ExpressionType.SubtractChecked or ExpressionType.MultiplyChecked ? $"checked{text}" : text;
    }

    /// <summary>A value as a C# constant expression of type <paramref name="type"/>.</summary>
    private string Constant(object? value, Type type)
    {
        if (value is null) return $"default({TypeName(type)})";
        var text = value switch
        {
            bool v => v ? "true" : "false",
            string s => SymbolDisplay.FormatLiteral(s, quote: true),
            char ch => SymbolDisplay.FormatLiteral(ch, quote: true),
            int v => v.ToString(CultureInfo.InvariantCulture),
            long v => v.ToString(CultureInfo.InvariantCulture) + "L",
            decimal v => v.ToString(CultureInfo.InvariantCulture) + "m",
            double v when double.IsFinite(v) => v.ToString("R", CultureInfo.InvariantCulture) + "d",
            Enum v => EnumValue(v),
            DateOnly d => $"new global::System.DateOnly({d.Year}, {d.Month}, {d.Day})",
            Type t => $"typeof({TypeName(t)})",
            SourceCitation c => Claim(c),
            Array a when a.Rank == 1 => Field(a),
            NRules.Fluent.Dsl.Rule rule => RuleInstance(rule.GetType()),
            _ => throw new UnwritableException($"a captured value of type {value.GetType().Name}"),
        };
        return value.GetType() == type ? text : $"(({TypeName(type)})({text}))";
    }

    // An array the rule captured, as a static field of the file: one array, as the rule's closure held one.
    private string Field(Array array)
    {
        var element = TypeName(array.GetType().GetElementType()!);
        var name = $"A{fields.Count}";
        fields.Add($"private static readonly {element}[] {name} = new {element}[] {{ {string.Join(", ", array.Cast<object?>().Select(v => Constant(v, array.GetType().GetElementType()!)))} }};");
        return name;
    }

    // A citation the rule captured: the claim it is, by reference (Parameters/Claims.cs declares each once).
    private static string Claim(SourceCitation citation)
    {
        var field = typeof(Bars.Policy.Parameters.Claims).GetFields(BindingFlags.Public | BindingFlags.Static).FirstOrDefault(f => ReferenceEquals(f.GetValue(null), citation))
            ?? throw new UnwritableException($"a captured citation ({citation.Id}) that is none of Claims' fields");
        return $"{TypeName(typeof(Bars.Policy.Parameters.Claims))}.{field.Name}";
    }

    // The rule itself (an action calling one of its own methods): an instance made once by its parameterless
    // constructor, the way NRules made the one it defined; a rule that takes arguments is left to the runtime plan.
    private static string RuleInstance(Type rule)
    {
        var constructor = rule.GetConstructor(Type.EmptyTypes);
        if (constructor is null || !(constructor.IsPublic || constructor.IsAssembly)) throw new UnwritableException($"the rule {rule.Name} has no parameterless constructor");
        return $"RuleOf<{TypeName(rule)}>.Instance";
    }

    private static string EnumValue(Enum value)
    {
        var type = value.GetType();
        var name = Enum.GetName(type, value);
        return name is not null
            ? $"{TypeName(type)}.{name}"
            : $"(({TypeName(type)})({Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)}))";
    }

    /// <summary>The member's name, when the library's own code may name it (public, or internal to the library).</summary>
    private static string Accessible(MemberInfo member)
    {
        var reachable = member switch
        {
            MethodBase m => m.IsPublic || (m.IsAssembly || m.IsFamilyOrAssembly) && m.DeclaringType!.Assembly == Library,
            FieldInfo f => f.IsPublic || (f.IsAssembly || f.IsFamilyOrAssembly) && f.DeclaringType!.Assembly == Library,
            PropertyInfo p => (p.GetMethod ?? p.SetMethod) is { } accessor && (accessor.IsPublic || (accessor.IsAssembly || accessor.IsFamilyOrAssembly) && p.DeclaringType!.Assembly == Library),
            _ => false,
        };
        if (!reachable) throw new UnwritableException($"{member.DeclaringType?.Name}.{member.Name} is not reachable from the library's code (make it internal)");
        TypeName(member.DeclaringType!);
        return member.Name;
    }

    /// <summary>A type as C# names it from anywhere in the library: <c>global::</c>, generic arguments, nesting.</summary>
    public static string TypeName(Type type)
    {
        if (type == typeof(void)) return "void";
        if (type.IsByRef || type.IsPointer || type.IsGenericParameter) throw new UnwritableException($"the type {type}");
        if (type.IsArray) return $"{TypeName(type.GetElementType()!)}[{new string(',', type.GetArrayRank() - 1)}]";
        if (Nullable.GetUnderlyingType(type) is { } underlying) return $"{TypeName(underlying)}?";
        if (IsCompilerMade(type)) throw new UnwritableException($"the compiler-made type {type.Name}");
        var visible = type.IsNested
            ? type.IsNestedPublic || (type.IsNestedAssembly || type.IsNestedFamORAssem) && type.Assembly == Library
            : type.IsPublic || type.Assembly == Library;
        if (!visible) throw new UnwritableException($"the type {type.Name} is not reachable from the library's code");

        var all = type.IsGenericType ? type.GetGenericArguments() : [];
        return Named(type, all, out _);
    }

    // A (possibly nested, possibly generic) type, taking its share of the generic arguments from the outermost in.
    private static string Named(Type type, Type[] all, out int used)
    {
        var definition = type.IsGenericType ? type.GetGenericTypeDefinition() : type;
        string prefix;
        if (definition.IsNested)
        {
            prefix = Named(definition.DeclaringType!, all, out used) + ".";
        }
        else
        {
            prefix = "global::" + (definition.Namespace is { Length: > 0 } ns ? ns + "." : "");
            used = 0;
        }

        var name = definition.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        if (tick < 0) return prefix + name;
        var count = int.Parse(name[(tick + 1)..], CultureInfo.InvariantCulture);
        var own = all.Skip(used).Take(count).Select(TypeName);
        used += count;
        return $"{prefix}{name[..tick]}<{string.Join(", ", own)}>";
    }

    private static bool IsCompilerMade(Type type) =>
        type.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false) || type.Name.Contains('<', StringComparison.Ordinal);
}

/// <summary>An expression the writer cannot turn into C#, and why.</summary>
internal sealed class UnwritableException(string what) : Exception(what);
