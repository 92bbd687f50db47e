using Bars.Policy.Cli;

return await new CliApp(Console.In, Console.Out, Console.Error).RunAsync(args);
