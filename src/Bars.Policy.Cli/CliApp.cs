using System.CommandLine;

namespace Bars.Policy.Cli;

/// <summary>
/// The <c>bars-policy</c> command line, with its streams (and optionally a compiled engine) given so tests can run
/// it in-process. Each command is its own class; this one puts them under the root and runs the parse.
/// </summary>
internal sealed class CliApp(Stream stdin, TextWriter stdout, TextWriter stderr, PolicyEngine? compiled = null)
{
    /// <summary>The same, with standard input given as text (it is read as its UTF-8 bytes).</summary>
    public CliApp(TextReader stdin, TextWriter stdout, TextWriter stderr, PolicyEngine? compiled = null)
        : this(new TextReaderStream(stdin), stdout, stderr, compiled)
    {
    }

    // Compiled on first use, so that --help and argument errors stay instant.
    private readonly Lazy<PolicyEngine> engine = new(() => compiled ?? PolicyEngine.CreateDefault());

    public int Run(string[] args) => RunAsync(args).GetAwaiter().GetResult();

    public Task<int> RunAsync(string[] args)
    {
        var io = new CliStreams(stdin, stdout, stderr);
        var root = new RootCommand("Evaluate BARS volunteer reserve policy cases: every decision cites the claim and quotes the source.")
        {
            new EvaluateCommand(io, engine),
            new BatchCommand(io, engine),
            new RulesCommand(io, engine),
            new CompareCommand(io, engine),
            new PopulationCommand(io),
        };
        return root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
    }
}
