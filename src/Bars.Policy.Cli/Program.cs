using Bars.Policy.Cli;

using var interruption = new Interruption(Console.Error);

// Checked first: with standard input closed, reading it would wait on a descriptor of the runtime's own (see CliStreams.ProcessInput).
var stdin = CliStreams.ProcessInput();
return await new CliApp(stdin, CliStreams.ProcessOutput(), Console.Error, interruption: interruption, terminal: !Console.IsOutputRedirected).RunAsync(args);
