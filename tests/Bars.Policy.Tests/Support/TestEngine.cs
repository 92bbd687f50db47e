namespace Bars.Policy.Tests.Support;

/// <summary>One compiled engine for the whole test run: compiling is the expensive part, and the engine is thread-safe.</summary>
internal static class TestEngine
{
    private static readonly Lazy<PolicyEngine> Shared = new(PolicyEngine.CreateDefault);

    public static PolicyEngine Instance => Shared.Value;

    public static PolicyDecision Evaluate(PolicyCase c) => Instance.Evaluate(c);
}
