using System.CommandLine;

namespace Bars.Policy.Cli;

/// <summary>
/// <c>--execution sequential|rete</c> on the commands that evaluate: how the rules run. Absent, the engine runs each
/// region as the library chooses (sequential where the rules allow); given, the shipped policy is built with that
/// execution, so anyone can compare the two (they must agree byte for byte).
/// </summary>
internal static class ExecutionOption
{
    public static Option<string> Create()
    {
        var option = new Option<string>("--execution")
        {
            Description = "How the rules run: sequential (compiled, the default) or rete (NRules' Rete session). Both give the same decisions.",
        };
        option.AcceptOnlyFromAmong("sequential", "rete");
        return option;
    }

    /// <summary>The execution asked for, or null when the option is absent.</summary>
    public static PolicyExecution? Of(ParseResult parse, Option<string> option) => parse.GetValue(option) switch
    {
        "sequential" => PolicyExecution.Sequential,
        "rete" => PolicyExecution.Rete,
        _ => null,
    };

    /// <summary>The engine to evaluate with: the command's own, or the shipped policy built with the asked execution
    /// (compiled as the command's own is).</summary>
    public static PolicyEngine Engine(Lazy<PolicyEngine> engine, PolicyExecution? execution, bool compileOnFirstCase = false) =>
        execution is { } e ? PolicyEngine.Create(o => (o.Execution, o.CompileOnFirstCase) = (e, compileOnFirstCase)) : engine.Value;
}
