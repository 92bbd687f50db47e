namespace Bars.Policy.Tests.Support;

/// <summary>
/// One compiled engine for the whole test run: compiling is the expensive part, and the engine is thread-safe. It
/// runs the default execution (sequential), or the one the environment variable <c>BARS_EXECUTION</c> names
/// (<c>rete</c>, <c>sequential</c>), so that every claim example and property can be run against either.
/// </summary>
internal static class TestEngine
{
    private static readonly Lazy<PolicyEngine> Shared = new(() => PolicyEngine.Create(o => o.Execution = Execution));

    public static PolicyExecution Execution { get; } =
        Enum.TryParse<PolicyExecution>(Environment.GetEnvironmentVariable("BARS_EXECUTION"), ignoreCase: true, out var e) ? e : new PolicyEngineOptions().Execution;

    public static PolicyEngine Instance => Shared.Value;

    public static PolicyDecision Evaluate(PolicyCase c) => Instance.Evaluate(c);
}
