using System.CommandLine;

namespace Bars.Policy.Cli;

/// <summary>
/// <c>bars-policy verify</c>: checks the engine's rule sets over every combination of input classes
/// (<see cref="PolicyEngine.Verify"/>) and prints the report: per region the classes, the case count, clashes, gaps
/// and time; every failure with its smallest counterexample as case JSON; dead rules and uncovered claims. Exit 0
/// when clean, 1 otherwise.
/// </summary>
internal sealed class VerifyCommand : Command
{
    private readonly CliStreams io;
    private readonly Lazy<PolicyEngine> engine;

    public VerifyCommand(CliStreams io, Lazy<PolicyEngine> engine)
        : base("verify", "Check every region's rules over every combination of input classes: no clash, no gap, nothing thrown, every Undetermined with its reason, every finding cited, I4, order-independence; every rule fires and every claim is cited. Exit 0 when clean, 1 otherwise.")
    {
        this.io = io;
        this.engine = engine;
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var verification = engine.Value.Verify();
        io.Out.Write(verification.ToText());
        return verification.IsClean ? ExitCodes.Ok : ExitCodes.Failed;
    }
}
