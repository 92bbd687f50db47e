namespace Bars.Policy.Engine.Anatomy;

/// <summary>
/// Marks a method of <see cref="Rules.Recorder"/> or <see cref="Rules.Decide"/> with the outcome it records when the
/// call names no entitlement or obligation kind of its own: what a rule decides is read off the methods its actions
/// call, not off their names.
/// </summary>
/// <param name="outcome">The outcome, as the catalogue names it ("service phase", "every entitlement", …).</param>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
internal sealed class RecordsAttribute(string outcome) : Attribute
{
    /// <summary>The outcome recorded.</summary>
    public string Outcome { get; } = outcome;
}
