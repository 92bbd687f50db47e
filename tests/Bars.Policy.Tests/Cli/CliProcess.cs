using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using Bars.Policy.Cli;
using Bars.Policy.Tests.Packaging;

namespace Bars.Policy.Tests.Cli;

/// <summary>
/// The built <c>bars-policy</c> run as a child process (<c>dotnet bars-policy.dll …</c>), for what an in-process run
/// cannot show: signals, a pipe its reader closes, the process's own standard output.
/// </summary>
internal sealed class CliProcess : IDisposable
{
    public const int SigInt = 2, SigKill = 9, SigTerm = 15;

    // Set once a child was seen to ignore SIGINT: every later child inherits the same.
    private static volatile bool sigIntIgnored;

    private readonly Process process;
    private readonly StringBuilder stderr = new();
    private readonly TaskCompletionSource stderrClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private CliProcess(Process process)
    {
        this.process = process;
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) stderrClosed.TrySetResult();
            else lock (stderr) stderr.Append(e.Data).Append('\n');
        };
        process.BeginErrorReadLine();
    }

    /// <summary>The tool's own assembly, as the test build copied it beside the tests.</summary>
    public static string Assembly { get; } = typeof(CliApp).Assembly.Location;

    public int Id => process.Id;

    /// <summary>Standard output, for a test that reads it (and may close it).</summary>
    public StreamReader Stdout => process.StandardOutput;

    public static CliProcess Start(string workingDirectory, params string[] args) => Start(workingDirectory, null, null, args);

    /// <summary>
    /// Runs to the end (killed after <paramref name="timeout"/>) through <c>/bin/sh -c script</c>, for what only a
    /// shell sets up: a closed descriptor (<c>&lt;&amp;-</c>), a resource limit. The script runs the tool as
    /// <c>exec "$0" "$@"</c>.
    /// </summary>
    public static (int ExitCode, string Stdout, string Stderr) RunInShell(string workingDirectory, TimeSpan timeout, string script, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        using var child = Start(workingDirectory, script, environment, args);
        var stdout = child.Stdout.ReadToEndAsync();
        var exit = child.WaitForExit(timeout);
        return (exit, stdout.Wait(TimeSpan.FromSeconds(10)) ? stdout.Result : "", child.Stderr());
    }

    private static CliProcess Start(string workingDirectory, string? script, IReadOnlyDictionary<string, string>? environment, string[] args)
    {
        var psi = new ProcessStartInfo(script is null ? DotnetProcess.Dotnet : "/bin/sh")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        if (script is not null)
        {
            psi.ArgumentList.Add("-c");
            psi.ArgumentList.Add(script);
            psi.ArgumentList.Add(DotnetProcess.Dotnet); // $0
        }

        psi.ArgumentList.Add(Assembly);
        foreach (var arg in args) psi.ArgumentList.Add(arg);
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) psi.Environment[name] = value;
        var process = Process.Start(psi) ?? throw new InvalidOperationException("Could not start the CLI");
        process.StandardInput.Close();
        return new CliProcess(process);
    }

    /// <summary>Runs to the end (killed after <paramref name="timeout"/>), with standard output read in full.</summary>
    public static (int ExitCode, string Stdout, string Stderr) Run(string workingDirectory, TimeSpan timeout, params string[] args)
    {
        using var child = Start(workingDirectory, args);
        var stdout = child.Stdout.ReadToEndAsync();
        var exit = child.WaitForExit(timeout);
        return (exit, stdout.Wait(TimeSpan.FromSeconds(10)) ? stdout.Result : "", child.Stderr());
    }

    /// <summary>
    /// Interrupts the run as Ctrl+C does: SIGINT, which the tool acknowledges on stderr at once. A process started
    /// with SIGINT ignored (a shell's background job, some test runners) never sees it — the runtime keeps an
    /// inherited "ignore", as any Unix program does — so when no acknowledgement comes, SIGTERM is sent instead; the
    /// tool treats both alike. Returns the signal that was acknowledged (0 when the run ended first).
    /// </summary>
    public int Interrupt()
    {
        if (!sigIntIgnored)
        {
            Signal(SigInt);
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < TimeSpan.FromSeconds(1))
            {
                if (Acknowledged()) return SigInt;
                if (process.HasExited)
                {
                    stderrClosed.Task.Wait(TimeSpan.FromSeconds(10));
                    return Acknowledged() ? SigInt : 0;
                }

                Thread.Sleep(10);
            }

            sigIntIgnored = true;
        }

        Signal(SigTerm);
        return SigTerm;
    }

    private bool Acknowledged()
    {
        lock (stderr) return stderr.ToString().Contains(": stopping after", StringComparison.Ordinal);
    }

    /// <summary>Sends <paramref name="signal"/>; SIGKILL through <see cref="Process.Kill()"/>, the others through kill(2).</summary>
    public void Signal(int signal)
    {
        if (signal == SigKill)
        {
            try { process.Kill(); }
            catch (InvalidOperationException) { /* it exited meanwhile */ }
            return;
        }

        if (kill(process.Id, signal) != 0 && !process.HasExited)
        {
            throw new InvalidOperationException($"kill({process.Id}, {signal}) failed: errno {Marshal.GetLastPInvokeError()}");
        }
    }

    public bool HasExited => process.HasExited;

    /// <summary>The exit code; -1 when it did not exit in time (it is then killed).</summary>
    public int WaitForExit(TimeSpan timeout)
    {
        if (process.WaitForExit(timeout)) return process.ExitCode;
        Signal(SigKill);
        process.WaitForExit(TimeSpan.FromSeconds(30));
        return -1;
    }

    /// <summary>Standard error so far; all of it once the process has exited.</summary>
    public string Stderr()
    {
        if (process.HasExited) stderrClosed.Task.Wait(TimeSpan.FromSeconds(10));
        lock (stderr) return stderr.ToString();
    }

    public void Dispose()
    {
        if (!process.HasExited) Signal(SigKill);
        process.Dispose();
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);
}
