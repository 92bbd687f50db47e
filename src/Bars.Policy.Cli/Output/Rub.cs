using System.Globalization;

namespace Bars.Policy.Cli.Output;

/// <summary>
/// Amounts for people: one unit (bn, m or thousand RUB) chosen by the largest amount a table or chart shows, so its
/// numbers compare at a glance; the exact amounts, to the kopeck, are in the JSON and the datasets.
/// </summary>
/// <param name="Divisor">Roubles per unit.</param>
/// <param name="Name">The unit's name ("bn RUB").</param>
/// <param name="Format">The number format of an amount in the unit.</param>
internal sealed record Rub(decimal Divisor, string Name, string Format)
{
    /// <summary>The unit that suits amounts up to <paramref name="largest"/> in absolute value.</summary>
    /// <param name="largest">The amounts shown.</param>
    /// <returns>The unit.</returns>
    public static Rub For(IEnumerable<decimal> largest)
    {
        var max = largest.Select(Math.Abs).DefaultIfEmpty(0).Max();
        return max >= 1_000_000_000m ? new Rub(1_000_000_000m, "bn RUB", "#,0.00")
            : max >= 1_000_000m ? new Rub(1_000_000m, "m RUB", "#,0.0")
            : max >= 1_000m ? new Rub(1_000m, "thousand RUB", "#,0.0")
            : new Rub(1m, "RUB", "#,0.##");
    }

    /// <summary>An amount in the unit.</summary>
    /// <param name="rub">Roubles.</param>
    /// <returns>The amount divided by the unit.</returns>
    public double Of(decimal rub) => (double)(rub / Divisor);

    /// <summary>An amount written in the unit, without its name.</summary>
    /// <param name="rub">Roubles.</param>
    /// <returns>The text.</returns>
    public string Text(decimal rub) => (rub / Divisor).ToString($"{Format};-{Format};0", CultureInfo.InvariantCulture);

    /// <summary>A signed amount written in the unit: +1.2, -1.2, 0.</summary>
    /// <param name="rub">Roubles.</param>
    /// <returns>The text.</returns>
    public string Signed(decimal rub) => (rub / Divisor).ToString($"+{Format};-{Format};0", CultureInfo.InvariantCulture);
}
