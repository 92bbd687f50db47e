namespace Bars.Policy;

/// <summary>
/// How a <see cref="PolicyEngine"/> is built. Today the engine ships the policy as the source reports it;
/// host rule sets and dated parameters are added here as the extension API grows.
/// </summary>
public sealed class PolicyEngineOptions
{
}
