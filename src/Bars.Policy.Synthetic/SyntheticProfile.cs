namespace Bars.Policy.Synthetic;

/// <summary>How a synthetic population is drawn (see <see cref="SyntheticCases"/>): both are made up, neither is data.</summary>
public enum SyntheticProfile
{
    /// <summary>Every age from 0 to 100 and every flag equally often: exercises every rule; two thirds are Ineligible.</summary>
    Uniform,

    /// <summary>
    /// Applicants as a recruiting office might see them: mostly of age, mostly men, few flags. Synthetic assumptions
    /// chosen to look plausible, not measured shares.
    /// </summary>
    Plausible,
}
