namespace Bars.Policy.Explanation;

/// <summary>How far a why-not question looks (<see cref="ExplanationExtensions.WhyNot(PolicyEngine, PolicyCase, WhyNotOptions)"/>).</summary>
public sealed record WhyNotOptions
{
    /// <summary>The most years <see cref="HorizonYears"/> may be.</summary>
    public const int HorizonLimit = 100;

    /// <summary>The most evaluations <see cref="MaxEvaluations"/> may allow.</summary>
    public const int EvaluationLimit = 1_000_000;

    /// <summary>How many years after the case's date time is tried as a change (1 to <see cref="HorizonLimit"/>; default 10).</summary>
    public int HorizonYears { get; init; } = 10;

    /// <summary>The most evaluations one question may take (1 to <see cref="EvaluationLimit"/>; default 20,000); the answer
    /// says when it stopped there.</summary>
    public int MaxEvaluations { get; init; } = 20_000;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(HorizonYears, 1, nameof(HorizonYears));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(HorizonYears, HorizonLimit, nameof(HorizonYears));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxEvaluations, 1, nameof(MaxEvaluations));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxEvaluations, EvaluationLimit, nameof(MaxEvaluations));
    }
}
