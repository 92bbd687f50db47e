using System.Text;

namespace Bars.Policy.Cli;

/// <summary>
/// One run's standard streams, and the files its arguments name, where <c>-</c> (or, for an output, no path) means
/// the standard stream. A file that cannot be opened is reported once, the same way for every command
/// ("bars-policy: cannot read|write '&lt;path&gt;': &lt;why&gt;"), and answered with null: the command then exits 1.
/// Standard input is null when the process was started with it closed (see <see cref="StandardInput"/>).
/// </summary>
internal sealed class CliStreams(Stream? stdin, TextWriter stdout, TextWriter stderr, bool terminal = false)
{
    /// <summary>Standard output is a terminal (a person reads it): text by default; otherwise JSON.</summary>
    public bool Terminal => terminal;

    /// <summary>UTF-8 without a byte-order mark: what the tool writes, and reads when a file has no mark.</summary>
    public static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public TextWriter Out => stdout;

    public TextWriter Error => stderr;

    /// <summary>True for <c>-</c> and no path: the standard stream.</summary>
    public static bool IsStandard(string? path) => path is null or "-";

    /// <summary>The file at <paramref name="path"/>, or standard input for <c>-</c>; null (reported) when it cannot be opened.</summary>
    public CliInput? OpenInput(string path)
    {
        if (IsStandard(path))
        {
            if (stdin is null)
            {
                stderr.WriteLine("bars-policy: cannot read standard input: it is closed (the command was started with <&- or without one); give a file, or pipe the input in.");
                return null;
            }

            return new CliInput(stdin, "standard input", 0, owned: false);
        }

        try
        {
            // The reader over it buffers; a second buffer here would only copy.
            var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
            return new CliInput(file, $"'{path}'", file.CanSeek ? file.Length : 0, owned: true);
        }
        catch (Exception ex) when (IsFileProblem(ex))
        {
            Cannot("read", path, ex);
            return null;
        }
    }

    /// <summary>
    /// The document at <paramref name="path"/> (or standard input for <c>-</c>), at most <paramref name="maxBytes"/>
    /// of it (reading stops one byte past, so an endless input ends too); null (reported) when it cannot be read.
    /// </summary>
    public CliDocument? ReadDocument(string path, int maxBytes)
    {
        using var input = OpenInput(path);
        if (input is null) return null;
        try
        {
            var document = CliDocument.Read(input.Stream, maxBytes);
            if (document.Problem is { } problem)
            {
                CannotRead(input, problem);
                return null;
            }

            return document;
        }
        catch (Exception ex) when (IsFileProblem(ex))
        {
            Cannot("read", path, ex);
            return null;
        }
    }

    /// <summary>Says that <paramref name="input"/> cannot be read, and why.</summary>
    public void CannotRead(CliInput input, string why) => stderr.WriteLine($"bars-policy: cannot read {input.Name}: {why}");

    /// <summary>
    /// A new file at <paramref name="path"/> (written beside it and renamed into place on commit: see
    /// <see cref="SafeOutput"/>), or standard output for <c>-</c> or none; null (reported) when it cannot be created.
    /// </summary>
    /// <param name="path">The file, or <c>-</c> or null for standard output.</param>
    /// <param name="keepOnFailure">Keep what was written when the run stops early (a batch's answers, for <c>--resume</c>).</param>
    /// <param name="resume">Continue the working file of an earlier run instead of starting it over.</param>
    public CliOutput? OpenOutput(string? path, bool keepOnFailure = false, bool resume = false)
    {
        if (IsStandard(path)) return new CliOutput(stdout);
        try
        {
            return new CliOutput(resume ? SafeOutput.OpenToResume(path!) : SafeOutput.Create(path!, keepOnFailure));
        }
        catch (Exception ex) when (IsFileProblem(ex))
        {
            Cannot("write", path!, ex);
            return null;
        }
    }

    private static bool IsFileProblem(Exception ex) => ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException;

    private void Cannot(string what, string path, Exception ex) => stderr.WriteLine($"bars-policy: cannot {what} '{path}': {ex.Message}");
}
