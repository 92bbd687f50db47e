using System.CommandLine;

namespace Bars.Policy.Cli;

/// <summary>
/// The <c>bars-policy</c> command line, with its streams (and optionally a compiled engine) given so tests can run
/// it in-process. Each command is its own class; this one puts them under the root and runs the parse. A command
/// that writes files is armed against signals through <paramref name="interruption"/> (tests interrupt it directly).
/// <paramref name="terminal"/> says standard output is a terminal (<c>Console.IsOutputRedirected</c> false): the
/// commands that answer a person then write text unless asked for JSON.
/// </summary>
internal sealed class CliApp(Stream? stdin, Stream stdout, TextWriter stderr, PolicyEngine? compiled = null, Interruption? interruption = null, bool terminal = false)
{
    // Built on first use, so that --help and argument errors stay instant. A batch compiles every region before it
    // reads (its first answer then waits for no compiler); one case compiles its own region only.
    private readonly Lazy<PolicyEngine> engine = new(() => compiled ?? PolicyEngine.CreateDefault());
    private readonly Lazy<PolicyEngine> oneCase = new(() => compiled ?? PolicyEngine.Create(o => o.CompileOnFirstCase = true));

    public int Run(string[] args) => RunAsync(args).GetAwaiter().GetResult();

    public async Task<int> RunAsync(string[] args)
    {
        // Every write to standard output, the commands' and the help's, fails as an OutputFailedException.
        var output = new SafeOutput(stdout);
        var io = new CliStreams(stdin, output, stderr, terminal);
        var root = new RootCommand("Evaluate BARS volunteer reserve policy cases: every decision cites the claim and quotes the source.")
        {
            new EvaluateCommand(io, oneCase),
            new ScreenCommand(io, oneCase),
            new BatchCommand(io, engine),
            new RulesCommand(io, engine),
            new VerifyCommand(io, engine),
            new CompareCommand(io, engine),
            new PopulationCommand(io, oneCase),
        };
        var parse = root.Parse(args);
        // An argument error goes to stderr with where to look, as gh and kubectl answer one: the command's whole help
        // on standard output would reach whatever reads it.
        var argumentError = parse.Action as System.CommandLine.Invocation.ParseErrorAction;
        if (argumentError is not null) argumentError.ShowHelp = false;
        if (parse.CommandResult.Command is IHonoursInterruption) interruption?.Arm();
        try
        {
            // No ProcessTerminationTimeout: System.CommandLine would end the run mid-write when it runs out; Interruption cancels instead.
            var configuration = new InvocationConfiguration { Output = output, Error = stderr, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
            var exit = await parse.InvokeAsync(configuration, interruption?.Token ?? CancellationToken.None).ConfigureAwait(false);
            if (argumentError is not null)
            {
                var command = parse.CommandResult.Command == root ? "bars-policy" : $"bars-policy {parse.CommandResult.Command.Name}";
                stderr.WriteLine($"Run '{command} --help' for its options.");
            }

            return exit;
        }
        catch (OutputFailedException ex)
        {
            if (ex.Report is { } report) stderr.WriteLine(report);
            return ex.ExitCode;
        }
    }
}
