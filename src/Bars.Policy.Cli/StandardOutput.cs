using Microsoft.Win32.SafeHandles;

namespace Bars.Policy.Cli;

/// <summary>
/// The process's standard output. Console.Out pretends every write to a closed pipe succeeded (.NET ignores EPIPE
/// on console streams), so <c>bars-policy batch big.jsonl | head</c> would evaluate everything and report success.
/// When standard output is a pipe on Unix it is written directly (file descriptor 1), where a closed pipe fails the
/// write; otherwise (a terminal, a file, Windows) Console.Out is kept. Each write goes out at once, as before.
/// </summary>
internal static class StandardOutput
{
    public static TextWriter Open()
    {
        if (OperatingSystem.IsWindows() || !Console.IsOutputRedirected) return Console.Out;
        FileStream stream;
        try
        {
            stream = new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or UnauthorizedAccessException)
        {
            return Console.Out;
        }

        // A file (`> out.jsonl`, perhaps shared with stderr) is written by the console's own appending writes:
        // a FileStream would write at its own offset, over what stderr wrote.
        if (stream.CanSeek)
        {
            stream.Dispose();
            return Console.Out;
        }

        return new StreamWriter(stream, CliStreams.Utf8NoBom, 1 << 12) { AutoFlush = true };
    }
}
