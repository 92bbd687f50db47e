namespace Bars.Policy.Cli;

/// <summary>What the process returns.</summary>
internal static class ExitCodes
{
    /// <summary>Done: every case answered (a batch counts invalid lines as answered).</summary>
    public const int Ok = 0;

    /// <summary>The command could not run: a file could not be read or written, or the arguments were wrong.</summary>
    public const int Failed = 1;

    /// <summary>The case was answered with validation errors (<c>evaluate</c>); every case was (<c>batch</c>, <c>compare</c>), or any was under <c>--strict</c>: the output is written whole all the same.</summary>
    public const int InvalidCase = 2;

    /// <summary>Stopped by SIGINT, SIGTERM or Ctrl+C (128 + SIGINT, as a shell reports it); what was written stands, whole.</summary>
    public const int Interrupted = 130;

    /// <summary>Standard output was closed by its reader (128 + SIGPIPE, as a shell reports a process a broken pipe ended).</summary>
    public const int OutputClosed = 141;
}
