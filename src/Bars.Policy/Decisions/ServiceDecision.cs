using System.Text.Json.Serialization;

namespace Bars.Policy;

/// <summary>Where the member stands in service on the evaluation date, and the region's duties. Compares by content.</summary>
public sealed record ServiceDecision
{
    /// <summary>A service decision; only the engine makes them.</summary>
    /// <param name="phase">The phase on the evaluation date.</param>
    /// <param name="trainingEndsOn">The last day of training, when there is a contract.</param>
    /// <param name="duties">The region's tasks and the general supplementary tasks.</param>
    /// <param name="findings">The rules that decided it.</param>
    [JsonConstructor]
    internal ServiceDecision(ServicePhase phase, DateOnly? trainingEndsOn, IReadOnlyList<string> duties, IReadOnlyList<Finding> findings)
    {
        Phase = phase;
        TrainingEndsOn = trainingEndsOn;
        Duties = EquatableList<string>.Of(duties);
        Findings = EquatableList<Finding>.Of(findings);
    }

    /// <summary>No contract in force, training (days 1–21), or assigned to tasks (C4).</summary>
    public ServicePhase Phase { get; }

    /// <summary>The last day of training (day 21 of the contract), when there is a contract.</summary>
    public DateOnly? TrainingEndsOn { get; }

    /// <summary>The tasks the region's unit performs (C15–C17) and the general supplementary tasks (C18).</summary>
    public IReadOnlyList<string> Duties { get; }

    /// <summary>The rules that decided it, with claims and quotes.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>The phase, with the end of training when there is a contract.</summary>
    /// <returns>For example <c>Assigned (training ends 2024-10-21)</c> or <c>NoContract</c>.</returns>
    public override string ToString() =>
        TrainingEndsOn is { } end ? $"{Phase} (training ends {DecisionText.Date(end)})" : Phase.ToString();
}
