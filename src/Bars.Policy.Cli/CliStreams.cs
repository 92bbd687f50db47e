using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Bars.Policy.Cli;

/// <summary>
/// One run's standard streams, and the files its arguments name, where <c>-</c> (or, for an output, no path) means
/// the standard stream. A file that cannot be opened is reported once, the same way for every command
/// ("bars-policy: cannot read|write '&lt;path&gt;': &lt;why&gt;"), and answered with null: the command then exits 1.
/// Standard input is null when the process was started with it closed (see <see cref="ProcessInput"/>).
/// </summary>
internal sealed class CliStreams(Stream? stdin, SafeOutput stdout, TextWriter stderr, bool terminal = false)
{
    /// <summary>UTF-8 without a byte-order mark: what the tool writes, and reads when a file has no mark.</summary>
    public static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Standard output is a terminal (a person reads it): text by default; otherwise JSON.</summary>
    public bool Terminal => terminal;

    public SafeOutput Out => stdout;

    public TextWriter Error => stderr;

    /// <summary>True for <c>-</c> and no path: the standard stream.</summary>
    public static bool IsStandard(string? path) => path is null or "-";

    /// <summary>
    /// The process's standard input, or null when it was started closed (<c>&lt;&amp;-</c>): the runtime's own first
    /// descriptor then takes number 0, and reading it would wait forever. An inherited descriptor never has close-on-exec
    /// set (exec closes those) and the runtime sets it on every one it opens, so 0 missing or with it is not stdin.
    /// </summary>
    public static Stream? ProcessInput()
    {
        var flags = OperatingSystem.IsWindows() ? 0 : fcntl(0, 1); // F_GETFD; FD_CLOEXEC is 1: the same on Linux and macOS
        return flags == -1 || (flags & 1) != 0 ? null : Console.OpenStandardInput();
    }

    /// <summary>
    /// The process's standard output, as bytes. The console's stream ignores EPIPE, so <c>batch big.jsonl | head</c>
    /// would evaluate everything and report success: a pipe on Unix is written directly (descriptor 1), where a closed
    /// pipe fails the write. A terminal, Windows or a file (<c>&gt; out.jsonl</c>, perhaps shared with stderr) keep the
    /// console's stream, whose writes append where a FileStream would write at its own offset, over what stderr wrote.
    /// </summary>
    public static Stream ProcessOutput()
    {
        if (!OperatingSystem.IsWindows() && Console.IsOutputRedirected)
        {
            try
            {
                var stream = new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
                if (!stream.CanSeek) return stream;
                stream.Dispose();
            }
            catch (Exception ex) when (ex is IOException or ArgumentException or UnauthorizedAccessException)
            {
                // Not a descriptor a stream can take: the console's it is.
            }
        }

        // What is written is UTF-8; a Windows console is told so, and given its own code page back at exit (the
        // setting outlives the process otherwise: the user's window would keep it).
        if (OperatingSystem.IsWindows() && !Console.IsOutputRedirected)
        {
            var before = Console.OutputEncoding;
            Console.OutputEncoding = Utf8NoBom;
            AppDomain.CurrentDomain.ProcessExit += (_, _) => Console.OutputEncoding = before;
        }

        return Console.OpenStandardOutput();
    }

    /// <summary>The file at <paramref name="path"/>, or standard input for <c>-</c>; null (reported) when it cannot be opened.</summary>
    public CliInput? OpenInput(string path)
    {
        if (!IsStandard(path))
        {
            try
            {
                // The reader over it buffers; a second buffer here would only copy.
                var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
                return new CliInput(new CountedStream(file, owned: true), $"'{path}'", file.CanSeek ? file.Length : 0);
            }
            catch (Exception ex) when (IsFileProblem(ex))
            {
                Cannot("read", path, ex);
                return null;
            }
        }

        if (stdin is not null) return new CliInput(new CountedStream(stdin, owned: false), "standard input", 0);
        stderr.WriteLine("bars-policy: cannot read standard input: it is closed (the command was started with <&- or without one); give a file, or pipe the input in.");
        return null;
    }

    /// <summary>The document at <paramref name="path"/> (or standard input for <c>-</c>), read by the library's
    /// <see cref="Utf8Document"/>; null (reported) when it cannot be read.</summary>
    public Utf8Document? ReadDocument(string path, int maxBytes)
    {
        using var input = OpenInput(path);
        if (input is null) return null;
        try
        {
            var document = Utf8Document.Read(input.Stream, maxBytes);
            if (document.Refusal is null) return document;
            CannotRead(input, document.Refusal);
        }
        catch (Exception ex) when (IsFileProblem(ex))
        {
            Cannot("read", path, ex);
        }

        return null;
    }

    /// <summary>Says that <paramref name="input"/> cannot be read, and why.</summary>
    public void CannotRead(CliInput input, string why) => stderr.WriteLine($"bars-policy: cannot read {input.Name}: {why}");

    /// <summary>A new file at <paramref name="path"/> (see <see cref="SafeOutput(string, bool, bool)"/>), or standard output for
    /// <c>-</c> or none; null (reported) when it cannot be created.</summary>
    public SafeOutput? OpenOutput(string? path, bool keepOnFailure = false, bool resume = false)
    {
        if (IsStandard(path)) return stdout;
        try
        {
            return new SafeOutput(path!, keepOnFailure, resume);
        }
        catch (Exception ex) when (IsFileProblem(ex))
        {
            Cannot("write", path!, ex);
            return null;
        }
    }

    /// <summary>What opening or checking a file throws for a path that cannot be used (missing, denied, malformed).</summary>
    public static bool IsFileProblem(Exception ex) => ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException;

    private void Cannot(string what, string path, Exception ex) => stderr.WriteLine($"bars-policy: cannot {what} '{path}': {ex.Message}");

    [DllImport("libc", SetLastError = true)]
    private static extern int fcntl(int fd, int command);
}
