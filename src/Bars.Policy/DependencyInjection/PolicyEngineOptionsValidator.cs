using Bars.Policy.Engine;
using Microsoft.Extensions.Options;

namespace Bars.Policy.DependencyInjection;

/// <summary>
/// Validates <see cref="PolicyEngineOptions"/> of every name with the engine's own checks, without compiling, and
/// reports every failure at once, each in the words <see cref="PolicyConfigurationException"/> would use.
/// </summary>
internal sealed class PolicyEngineOptionsValidator : IValidateOptions<PolicyEngineOptions>
{
    public ValidateOptionsResult Validate(string? name, PolicyEngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = PolicyBuild.Check(options);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
