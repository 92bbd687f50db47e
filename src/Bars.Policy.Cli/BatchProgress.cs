using System.Diagnostics;
using Spectre.Console;

namespace Bars.Policy.Cli;

/// <summary>
/// A progress bar with rate and time left on stderr, shown only when stderr is a terminal: piped or captured
/// output stays clean.
/// </summary>
internal static class BatchProgress
{
    public static bool IsWanted(TextWriter stderr) => ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;

    /// <summary>Runs <paramref name="work"/>, reporting (bytes read, cases answered) through the callback it is given.</summary>
    public static Task RunAsync(long totalBytes, Func<Action<long, long>, Task> work)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        var clock = Stopwatch.StartNew();
        return console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask("cases", maxValue: Math.Max(totalBytes, 1));
                await work((bytes, cases) =>
                {
                    task.Value = Math.Min(bytes, task.MaxValue);
                    var rate = cases / Math.Max(clock.Elapsed.TotalSeconds, 1e-3);
                    task.Description = $"{cases:N0} cases, {rate:N0}/s";
                }).ConfigureAwait(false);
                task.Value = task.MaxValue;
            });
    }

    /// <summary>
    /// Runs <paramref name="work"/> under the bar, asking <paramref name="where"/> a few times a second how far it is:
    /// for work that reports nothing itself (a comparison hears only its changed cases).
    /// </summary>
    /// <typeparam name="T">What the work gives.</typeparam>
    /// <param name="totalBytes">The input's size, when known (0 otherwise).</param>
    /// <param name="work">Starts the work.</param>
    /// <param name="where">Bytes read and cases read so far; read from another thread, so counters that are safe to read there.</param>
    /// <returns>What the work gave.</returns>
    public static async Task<T> PollAsync<T>(long totalBytes, Func<Task<T>> work, Func<(long Bytes, long Cases)> where)
    {
        Task<T>? running = null;
        await RunAsync(totalBytes, async report =>
        {
            running = work();
            while (await Task.WhenAny(running, Task.Delay(250)).ConfigureAwait(false) != running)
            {
                var (bytes, cases) = where();
                report(bytes, cases);
            }

            await running.ConfigureAwait(false);
        }).ConfigureAwait(false);
        return await running!.ConfigureAwait(false);
    }
}
