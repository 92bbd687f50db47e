using System.Diagnostics;
using System.Text;

namespace Bars.Policy.Tests.Packaging;

/// <summary>What one run of the <c>dotnet</c> CLI produced.</summary>
public sealed record ProcessResult(string CommandLine, string WorkingDirectory, int ExitCode, bool TimedOut, TimeSpan Elapsed, string Stdout, string Stderr)
{
    public bool Succeeded => !TimedOut && ExitCode == 0;

    /// <summary>Everything about the run, for an assertion message.</summary>
    public string Describe() =>
        $"`{CommandLine}` in {WorkingDirectory}: "
        + (TimedOut ? "timed out" : "exit " + ExitCode)
        + $" after {Elapsed.TotalSeconds:F1} s{Environment.NewLine}"
        + $"--- stdout ---{Environment.NewLine}{Stdout}{Environment.NewLine}"
        + $"--- stderr ---{Environment.NewLine}{Stderr}";
}

/// <summary>
/// Runs a child process (the <c>dotnet</c> CLI, or a program it installed) with a timeout, capturing standard
/// output and error. The child gets no MSBuild variables of the test run, and no MSBuild node is reused; callers
/// of build commands pass <c>--disable-build-servers</c> too: a server left running would hold the output open.
/// </summary>
internal static class DotnetProcess
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(5);

    /// <summary>The <c>dotnet</c> that runs the tests when the CLI says which (DOTNET_HOST_PATH), else the one on PATH.</summary>
    public static string Dotnet { get; } =
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    public static ProcessResult Run(string workingDirectory, IReadOnlyList<string> args, TimeSpan? timeout = null) =>
        RunProgram(Dotnet, workingDirectory, args, timeout);

    public static ProcessResult RunProgram(string fileName, string workingDirectory, IReadOnlyList<string> args, TimeSpan? timeout = null)
    {
        var psi = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var arg in args) psi.ArgumentList.Add(arg);

        // The test host runs under `dotnet test`; its MSBuild variables would point the child at that build.
        foreach (var name in psi.Environment.Keys.ToList())
        {
            if (name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)) psi.Environment.Remove(name);
        }

        psi.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment["DOTNET_NOLOGO"] = "1";
        psi.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        psi.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";

        var commandLine = fileName + " " + string.Join(' ', args);
        var limit = timeout ?? DefaultTimeout;
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(psi) ?? throw new InvalidOperationException("Could not start " + commandLine);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();

        var timedOut = !process.WaitForExit(limit);
        if (timedOut)
        {
            try { process.Kill(entireProcessTree: true); }
            catch (InvalidOperationException) { /* it exited meanwhile */ }
            process.WaitForExit(TimeSpan.FromSeconds(30));
        }

        // A grandchild that outlives the process may still hold the pipes: wait for them, but not forever.
        Task.WaitAll([stdout, stderr], TimeSpan.FromSeconds(30));
        clock.Stop();
        return new ProcessResult(
            commandLine,
            workingDirectory,
            timedOut ? -1 : process.ExitCode,
            timedOut,
            clock.Elapsed,
            stdout.IsCompletedSuccessfully ? stdout.Result : "(stdout still open)",
            stderr.IsCompletedSuccessfully ? stderr.Result : "(stderr still open)");
    }
}
