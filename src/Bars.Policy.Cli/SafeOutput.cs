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
    private readonly CountedStream? device;
    private readonly string? target;
    private readonly bool keepOnFailure;
    private StreamWriter? writer;
    private long completeLength;
    private bool done;

    private SafeOutput(FileStream stream, string name, string? target, string workingPath, bool keepOnFailure)
    {
        this.stream = stream;
        this.target = target;
        device = target is null ? new CountedStream(stream) : null;
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
                writer = new StreamWriter(Stream, CliStreams.Utf8NoBom, 1 << 16, leaveOpen: true);
            }

            return writer;
        }
    }

    /// <summary>The file itself, for a binary format (Parquet) written without <see cref="Writer"/>.</summary>
    public Stream Stream => device ?? (Stream)stream;

    /// <summary>For a device or pipe, the bytes it accepted; for a file, 0 (what is on disk is read from it).</summary>
    public long WrittenBytes => device?.Written ?? 0;

    /// <summary>The bytes of a torn last line that <see cref="CutTornLine"/> drops (0 when the file ends on a line).</summary>
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
    /// The working file of an earlier, unfinished run, created empty when there is none. Nothing is changed yet:
    /// <see cref="ReadCompleteLines"/> reads the complete lines, and only once they are accepted does
    /// <see cref="CutTornLine"/> cut off a torn last line (the run was killed mid-write). A partial file that is
    /// refused, or whose check is interrupted, is left as it was.
    /// </summary>
    public static SafeOutput OpenToResume(string path)
    {
        var output = Open(path, keepOnFailure: true);
        if (output.InPlace) throw new IOException("a device or pipe cannot be resumed");
        output.completeLength = LengthOfCompleteLines(output.stream);
        output.DroppedBytes = output.stream.Length - output.completeLength;
        return output;
    }

    /// <summary>The complete lines of a resumed working file (a torn last line left out), read once, before anything is written.</summary>
    public IEnumerable<string> ReadCompleteLines()
    {
        if (writer is not null) throw new InvalidOperationException("The lines are read before writing starts.");
        stream.Position = 0;
        var buffer = new byte[1 << 16];
        var line = new MemoryStream();
        var left = completeLength;
        while (left > 0)
        {
            var count = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, left));
            if (count == 0) break;
            left -= count;
            var start = 0;
            for (int end; (end = Array.IndexOf(buffer, (byte)'\n', start, count - start)) >= 0; start = end + 1)
            {
                line.Write(buffer, start, end - start);
                yield return Line(line);
            }

            line.Write(buffer, start, count - start);
        }
    }

    /// <summary>Cuts off the torn last line of a resumed working file: its complete lines are accepted, writing may begin.</summary>
    public void CutTornLine()
    {
        stream.SetLength(completeLength);
    }

    /// <summary>
    /// The complete lines of the closed working file at <paramref name="path"/>, and the bytes of a torn last line
    /// after them: what is on disk after a failed write, whatever the writer had counted.
    /// </summary>
    public static (long Lines, long TornBytes) CountCompleteLines(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 0);
        var complete = LengthOfCompleteLines(file);
        var buffer = new byte[1 << 16];
        long lines = 0, read = 0;
        file.Position = 0;
        while (read < complete)
        {
            var count = file.Read(buffer, 0, (int)Math.Min(buffer.Length, complete - read));
            if (count == 0) break;
            read += count;
            lines += buffer.AsSpan(0, count).Count((byte)'\n');
        }

        return (lines, file.Length - complete);
    }

    // One line's bytes as text (a CR before the LF dropped, as a StreamReader would), and the buffer emptied.
    private static string Line(MemoryStream line)
    {
        var bytes = line.GetBuffer().AsSpan(0, (int)line.Length);
        if (bytes.Length > 0 && bytes[^1] == (byte)'\r') bytes = bytes[..^1];
        var text = CliStreams.Utf8NoBom.GetString(bytes);
        line.SetLength(0);
        return text;
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
        catch (Exception ex) when (OutputFailedException.AsWriteFailure(ex) is not null)
        {
            // The write that failed already said why; what is lost is what a resume redoes.
        }

        try
        {
            stream.Dispose();
        }
        catch (Exception ex) when (OutputFailedException.AsWriteFailure(ex) is not null)
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
        catch (Exception ex) when (OutputFailedException.AsWriteFailure(ex) is { } failure)
        {
            // Not committed: the target stays as it was.
            if (!keepOnFailure && !InPlace) TryDelete(WorkingPath);
            throw new OutputFailedException($"'{Name}'", failure);
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
