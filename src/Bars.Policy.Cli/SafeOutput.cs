namespace Bars.Policy.Cli;

/// <summary>
/// A file output that never looks finished before it is: written to a working file beside the target,
/// <c>&lt;target&gt;.partial</c>, and renamed over the target only on <see cref="Commit"/> (after flushing to disk).
/// A crash, a kill or a full disk leaves the target as it was and, at most, the <c>.partial</c> file — which a
/// batch keeps on purpose (<see cref="Keep"/>) so <c>--resume</c> can continue it. A symlinked target is written
/// through (the file it points to is replaced, not the link). A device or pipe (<c>/dev/full</c>, a FIFO) cannot be
/// replaced and is written in place. The working file is locked while open, so two runs cannot share it.
/// </summary>
internal sealed class SafeOutput : IDisposable
{
    public const string WorkingSuffix = ".partial";

    private readonly FileStream stream;
    private readonly string? target;
    private readonly bool keepOnFailure;
    private StreamWriter? writer;
    private bool done;

    private SafeOutput(FileStream stream, string name, string? target, string workingPath, bool keepOnFailure)
    {
        this.stream = stream;
        this.target = target;
        this.keepOnFailure = keepOnFailure;
        Name = name;
        WorkingPath = workingPath;
    }

    /// <summary>How the output is named in messages: the path as given, quoted.</summary>
    public string Name { get; }

    /// <summary>Where the text goes until <see cref="Commit"/>: the <c>.partial</c> file, or the device itself.</summary>
    public string WorkingPath { get; }

    /// <summary>True for a device or pipe, written in place.</summary>
    public bool InPlace => target is null;

    /// <summary>The writer; after <see cref="OpenToResume"/>, only once <see cref="ReadCompleteLines"/> is done.</summary>
    public TextWriter Writer
    {
        get
        {
            if (writer is null)
            {
                if (!InPlace) stream.Position = stream.Length; // after the resumed lines, if any
                writer = new StreamWriter(stream, CliStreams.Utf8NoBom, 1 << 16, leaveOpen: true);
            }

            return writer;
        }
    }

    /// <summary>The file itself, for a binary format (Parquet) written without <see cref="Writer"/>.</summary>
    public Stream Stream => stream;

    /// <summary>The bytes of a torn last line that <see cref="OpenToResume"/> dropped (0 when the file ended on a line).</summary>
    public long DroppedBytes { get; private set; }

    /// <summary>The file that is replaced on commit: the full path, with a symlink at the end followed.</summary>
    public static string Target(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            return File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full;
        }
        catch (IOException)
        {
            return full; // a dangling or looping link: creating the file reports it
        }
    }

    /// <summary>The working file for <paramref name="path"/>, as it is named in messages.</summary>
    public static string WorkingPathFor(string path) =>
        Path.GetFullPath(path) == Target(path) ? path + WorkingSuffix : Target(path) + WorkingSuffix;

    /// <summary>A new, empty output for <paramref name="path"/> (an earlier working file is started over).</summary>
    /// <param name="path">The target as the user gave it.</param>
    /// <param name="keepOnFailure">Keep the working file when disposed without <see cref="Commit"/>: a batch's answers so far.</param>
    public static SafeOutput Create(string path, bool keepOnFailure)
    {
        var output = Open(path, keepOnFailure);
        if (!output.InPlace) output.stream.SetLength(0);
        return output;
    }

    /// <summary>
    /// The working file of an earlier, unfinished run, created empty when there is none. A torn last line
    /// (the run was killed mid-write) is cut off; <see cref="ReadCompleteLines"/> then reads what is left.
    /// </summary>
    public static SafeOutput OpenToResume(string path)
    {
        var output = Open(path, keepOnFailure: true);
        if (output.InPlace) throw new IOException("a device or pipe cannot be resumed");
        var length = LengthOfCompleteLines(output.stream);
        output.DroppedBytes = output.stream.Length - length;
        output.stream.SetLength(length);
        return output;
    }

    /// <summary>The complete lines of a resumed working file, read once, before anything is written.</summary>
    public IEnumerable<string> ReadCompleteLines()
    {
        if (writer is not null) throw new InvalidOperationException("The lines are read before writing starts.");
        stream.Position = 0;
        using (var reader = new StreamReader(stream, CliStreams.Utf8NoBom, detectEncodingFromByteOrderMarks: false, 1 << 16, leaveOpen: true))
        {
            while (reader.ReadLine() is { } line) yield return line;
        }

        stream.Position = stream.Length;
    }

    /// <summary>Flushes to disk and puts the text in place: the target now holds all of it, and only it.</summary>
    public void Commit()
    {
        Finish(() =>
        {
            writer?.Flush();
            if (InPlace)
            {
                stream.Flush();
                stream.Dispose();
                return;
            }

            stream.Flush(flushToDisk: true);
            stream.Dispose();
            if (!OperatingSystem.IsWindows() && File.Exists(target))
            {
                File.SetUnixFileMode(WorkingPath, File.GetUnixFileMode(target!)); // replacing a file keeps its permissions
            }

            File.Move(WorkingPath, target!, overwrite: true);
        });
    }

    /// <summary>Closes the working file with every line written so far, and leaves it for <c>--resume</c>.</summary>
    public void Keep() => Finish(() =>
    {
        writer?.Flush();
        stream.Dispose();
    });

    /// <summary>Without <see cref="Commit"/>: the working file is kept or deleted as asked at creation; the target is untouched.</summary>
    public void Dispose()
    {
        if (done) return;
        done = true;
        try
        {
            if (keepOnFailure) writer?.Flush();
        }
        catch (IOException)
        {
            // The write that failed already said why; what is lost is what a resume redoes.
        }

        try
        {
            stream.Dispose();
        }
        catch (IOException)
        {
            // As above: the buffer could not be written out.
        }

        if (!keepOnFailure && !InPlace) TryDelete(WorkingPath);
    }

    private static SafeOutput Open(string path, bool keepOnFailure)
    {
        if (FileIdentity.Of(path).Kind == FileKind.Special)
        {
            var device = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0);
            return new SafeOutput(device, path, target: null, path, keepOnFailure);
        }

        var working = WorkingPathFor(path);

        // OpenOrCreate and no truncation here: a second run finds the file locked before it can empty it.
        var stream = new FileStream(working, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 0);
        return new SafeOutput(stream, path, Target(path), working, keepOnFailure);
    }

    private void Finish(Action finish)
    {
        if (done) throw new InvalidOperationException("The output is already finished.");
        done = true;
        try
        {
            finish();
        }
        catch (IOException ex)
        {
            // Not committed: the target stays as it was.
            if (!keepOnFailure && !InPlace) TryDelete(WorkingPath);
            throw new OutputFailedException($"'{Name}'", ex);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: the failure being reported matters more.
        }
    }

    // Where the last newline ends: what follows it is a line cut short.
    private static long LengthOfCompleteLines(FileStream stream)
    {
        var buffer = new byte[1 << 16];
        var end = stream.Length;
        while (end > 0)
        {
            var start = Math.Max(0, end - buffer.Length);
            var count = (int)(end - start);
            stream.Position = start;
            stream.ReadExactly(buffer, 0, count);
            var newline = Array.LastIndexOf(buffer, (byte)'\n', count - 1, count);
            if (newline >= 0) return start + newline + 1;
            end = start;
        }

        return 0;
    }
}
