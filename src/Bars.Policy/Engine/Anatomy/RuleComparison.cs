using System.Linq.Expressions;

namespace Bars.Policy.Engine.Anatomy;

/// <summary>How a comparison in a rule's conditions reads the input.</summary>
internal enum ComparisonKind
{
    /// <summary>A whole-number field of the input against a value of constants, captured values and parameters: it
    /// turns where that value is, in each period of the region's parameters.</summary>
    Field,

    /// <summary>The input compared in a way the input classes do not split on (a date, say); a side that reads no
    /// input may name a date the decision turns on.</summary>
    Unsplit,

    /// <summary>One field of the input against another.</summary>
    InputWithInput,
}

/// <summary>
/// One comparison of a rule's conditions, as its anatomy reads it once: which field it compares (for
/// <see cref="ComparisonKind.Field"/>), the other side and how the field turns against it (the comparison written with
/// the field on the left), and the condition it belongs to (whose parameters a probe evaluates the other side with).
/// </summary>
/// <param name="Node">The comparison as written.</param>
/// <param name="Condition">The condition it is part of.</param>
/// <param name="Kind">How it reads the input.</param>
/// <param name="Field">The field's name ("age", "contract months", …) for <see cref="ComparisonKind.Field"/>.</param>
/// <param name="Other">The side that is not the field (for <see cref="ComparisonKind.Field"/>).</param>
/// <param name="Turn">The comparison with the field on the left.</param>
/// <param name="DateSides">For <see cref="ComparisonKind.Unsplit"/>, the sides that read no input.</param>
internal sealed record RuleComparison(
    BinaryExpression Node,
    LambdaExpression Condition,
    ComparisonKind Kind,
    string? Field,
    Expression? Other,
    ExpressionType Turn,
    IReadOnlyList<Expression> DateSides);
