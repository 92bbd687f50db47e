using System.Runtime.InteropServices;

namespace Bars.Policy.Cli;

/// <summary>A command that stops cleanly when <see cref="Interruption.Token"/> is cancelled, so a signal may ask it to.</summary>
internal interface IHonoursInterruption;

/// <summary>
/// SIGINT, SIGTERM and Ctrl+C as a cancellation, for commands that write files: the first signal cancels
/// <see cref="Token"/> and the command finishes its current line, keeps what it wrote and exits
/// <see cref="ExitCodes.Interrupted"/>; a second signal ends the process at once (the default). The CLI turns
/// System.CommandLine's own handling off: it gives up on the command after a timeout and exits under it, mid-write.
/// Other commands are not armed, so a signal ends them as it always did.
/// </summary>
internal sealed class Interruption(TextWriter? notice = null) : IDisposable
{
    private readonly CancellationTokenSource cancel = new();
    private readonly List<PosixSignalRegistration> registrations = [];
    private int signals;

    public CancellationToken Token => cancel.Token;

    /// <summary>Starts listening for the signals (once; not where the platform has none).</summary>
    public void Arm()
    {
        if (registrations.Count > 0) return;
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM })
        {
            try
            {
                registrations.Add(PosixSignalRegistration.Create(signal, OnSignal));
            }
            catch (PlatformNotSupportedException)
            {
                // No such signal here: the default handling stays.
            }
        }
    }

    /// <summary>What a signal does; tests call it to interrupt an in-process run.</summary>
    public void Interrupt() => cancel.Cancel();

    public void Dispose()
    {
        foreach (var registration in registrations) registration.Dispose();
        cancel.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        if (Interlocked.Increment(ref signals) > 1) return; // the second: let it end the process
        context.Cancel = true;
        notice?.WriteLine($"bars-policy: {context.Signal}: stopping after the answers in hand (a second signal ends at once).");

        // Here, on the runtime's signal thread: queued to the thread pool it would wait behind the busy workers.
        cancel.Cancel();
    }
}
