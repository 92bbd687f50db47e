namespace Bars.Policy.Benchmarks.RulesEngineEncoding;

/// <summary>
/// A day a <c>SuccessEvent</c> names as the first or last day of an outcome's period: <c>Day&lt;n&gt;</c> (the
/// contract's n-th day; <c>Day0</c> is the day before the start), <c>FirstDayInForce</c> and <c>LastDayInForce</c>
/// (none without a day in force), <c>DayAfterTerm</c>, <c>TerminatedOn</c>, <c>InjuredOnDuty</c>, or nothing (no
/// first or no last day). The rules choose the day; <see cref="On"/> reads its date off the precomputed facts.
/// </summary>
internal readonly record struct Day(Day.Kind Named, int N)
{
    public enum Kind { None, ContractDay, FirstDayInForce, LastDayInForce, DayAfterTerm, TerminatedOn, InjuredOnDuty }

    public static Day Parse(string text) => text switch
    {
        "" => default,
        "FirstDayInForce" => new(Kind.FirstDayInForce, 0),
        "LastDayInForce" => new(Kind.LastDayInForce, 0),
        "DayAfterTerm" => new(Kind.DayAfterTerm, 0),
        "TerminatedOn" => new(Kind.TerminatedOn, 0),
        "InjuredOnDuty" => new(Kind.InjuredOnDuty, 0),
        _ when text.StartsWith("Day", StringComparison.Ordinal)
            && int.TryParse(text.AsSpan(3), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            => new(Kind.ContractDay, n),
        _ => throw new InvalidDataException($"Bad day '{text}' in a SuccessEvent's period."),
    };

    /// <summary>The date for one case; null for no day (or none the case has, e.g. no day in force).</summary>
    public DateOnly? On(RuleFacts facts) => Named switch
    {
        Kind.None => null,
        Kind.ContractDay => facts.Start.AddDays(N - 1),
        Kind.FirstDayInForce => facts.DaysInForce > 0 ? facts.Start : null,
        Kind.LastDayInForce => facts.DaysInForce > 0 ? facts.Start.AddDays(facts.DaysInForce - 1) : null,
        Kind.DayAfterTerm => facts.Start.AddDays(facts.TermDays),
        Kind.TerminatedOn => facts.TerminatedOn,
        _ => facts.InjuredOnDutyOn,
    };
}

/// <summary>An outcome's period as a <c>SuccessEvent</c> names it: <c>@First..Last</c>, either end may be empty.</summary>
internal readonly record struct Period(Day First, Day Last)
{
    public static readonly Period None = default;

    /// <summary>Splits <c>value@First..Last</c> into the value and its period (<see cref="None"/> without <c>@</c>).</summary>
    public static (string Value, Period Period) Split(string text)
    {
        var at = text.IndexOf('@', StringComparison.Ordinal);
        if (at < 0) return (text, None);
        var days = text[(at + 1)..];
        var dots = days.IndexOf("..", StringComparison.Ordinal);
        if (dots < 0) throw new InvalidDataException($"Bad period in SuccessEvent '{text}': expected '@First..Last'.");
        return (text[..at], new Period(Day.Parse(days[..dots]), Day.Parse(days[(dots + 2)..])));
    }
}
