using Bars.Policy.Cli;

return await new CliApp(Console.OpenStandardInput(), Console.Out, Console.Error).RunAsync(args);
