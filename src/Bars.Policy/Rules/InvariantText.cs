using System.Globalization;
using System.Runtime.CompilerServices;

namespace Bars.Policy.Rules;

/// <summary>
/// An interpolated string formatted in the invariant culture whatever the host's (<c>40,000</c>, not <c>40 000</c>,
/// and the Gregorian calendar's years): a decision's words are the same on every machine. The target of a
/// <see cref="Wording{T}"/>'s <c>$"…"</c>.
/// </summary>
[InterpolatedStringHandler]
internal ref struct InvariantText
{
    private DefaultInterpolatedStringHandler inner;

    public InvariantText(int literalLength, int formattedCount) => inner = new(literalLength, formattedCount, CultureInfo.InvariantCulture);

    public void AppendLiteral(string value) => inner.AppendLiteral(value);

    public void AppendFormatted<T>(T value) => inner.AppendFormatted(value);

    public void AppendFormatted<T>(T value, string? format) => inner.AppendFormatted(value, format);

    public void AppendFormatted(string? value) => inner.AppendFormatted(value);

    public string ToStringAndClear() => inner.ToStringAndClear();
}
