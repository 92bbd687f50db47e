using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Bars.Policy.Cli;

/// <summary>
/// Where a command writes: standard output, or a file that never looks finished before it is. A file is written to
/// <c>&lt;target&gt;.partial</c> beside it, renamed over the target only on <see cref="Commit"/> (flushed to disk
/// first): a crash, a kill or a full disk leaves the target as it was and at most the working file, which a batch
/// keeps (<see cref="Keep"/>) so <c>--resume</c> can continue it. A symlinked target is written through (the file it
/// points to is replaced, not the link); a device or pipe (<c>/dev/full</c>, a FIFO) is written in place; the working
/// file is locked while open. Every failed write is an <see cref="OutputFailedException"/>. Text is buffered here as
/// UTF-8, a line already in UTF-8 (<see cref="WriteUtf8Line"/>, a batch's decisions) copied as it is.
/// </summary>
internal sealed class SafeOutput : TextWriter
{
    public const string WorkingSuffix = ".partial";

    private readonly Stream bytes;
    private readonly FileStream? file;
    private readonly CountedStream? device;
    private readonly string? target;
    private readonly SafeFileHandle? handle; // a file's, which goes on to disk as it is written
    private readonly bool keepOnFailure;
    private readonly byte[] buffer = new byte[1 << 16];
    private readonly Encoder encoder = CliStreams.Utf8NoBom.GetEncoder();
    private int pending;
    private long unflushed;
    private Task toDisk = Task.CompletedTask;
    private bool finished;
    private bool closed;

    /// <summary>Standard output: each write goes out at once, so whoever reads it sees every line as it is made.</summary>
    /// <param name="stdout">The run's standard output.</param>
    public SafeOutput(Stream stdout) => (Name, bytes) = (OutputFailedException.StandardOutput, stdout);

    /// <summary>A new, empty file output (an earlier working file started over), or one that goes on with the working
    /// file of an earlier, unfinished run (created empty when there is none).</summary>
    /// <param name="path">The target as the user gave it.</param>
    /// <param name="keepOnFailure">Keep the working file when disposed without <see cref="Commit"/>: a batch's answers so far.</param>
    /// <param name="resume">Go on with the working file, which is always kept.</param>
    public SafeOutput(string path, bool keepOnFailure, bool resume)
    {
        (Name, this.keepOnFailure) = ($"'{path}'", keepOnFailure || resume);
        if (FileIdentity.Of(path).Kind == FileKind.Special)
        {
            bytes = device = new CountedStream(file = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0), owned: false);
            if (resume) throw new IOException("a device or pipe cannot be resumed");
            return;
        }

        // Truncated only once open: a second run finds the file locked before it can empty it.
        WorkingPath = WorkingPathFor(path);
        bytes = file = new FileStream(handle = File.OpenHandle(WorkingPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None), FileAccess.ReadWrite, bufferSize: 0);
        target = Target(path);
        if (!resume) file.SetLength(0);
    }

    /// <summary>How messages name the output: the path as given, quoted, or <c>standard output</c>.</summary>
    public string Name { get; }

    public bool IsStandardOutput => file is null;

    /// <summary>The <c>.partial</c> file written until <see cref="Commit"/>; null for a device, a pipe, standard output.</summary>
    public string? WorkingPath { get; }

    /// <summary>The file itself, for a binary format (Parquet), or for <see cref="BatchResume"/> to read and cut before writing.</summary>
    public Stream Stream => (Stream?)device ?? file ?? throw new InvalidOperationException("A binary format is written to a file, not to standard output.");

    /// <summary>For a device or pipe, the bytes it accepted; null for a file (what is on disk is read from it) or standard output.</summary>
    public long? DeviceBytes => device?.Bytes;

    public override Encoding Encoding => CliStreams.Utf8NoBom;

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
    public static string WorkingPathFor(string path) => (Path.GetFullPath(path) == Target(path) ? path : Target(path)) + WorkingSuffix;

    /// <summary>Writes one line given as UTF-8 (without its line end), as one write where it fits the buffer.</summary>
    public void WriteUtf8Line(ReadOnlySpan<byte> utf8) => Put([], endLine: true, utf8: utf8);

    public override void Write(char value) => Put(new ReadOnlySpan<char>(in value));

    public override void Write(string? value) => Put(value);

    public override void Write(char[] buffer, int index, int count) => Put(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer) => Put(buffer);

    // A line and its end in one write: a reader of standard output never sees half a line.
    public override void WriteLine(string? value) => Put(value, endLine: true);

    public override void Flush() => Put([], flush: true);

    /// <summary>Everything is written: flushes, and puts a file in place of its target.</summary>
    public void Commit() => Close(commit: true);

    /// <summary>Stopped early: flushes what is written so far and closes a file, its working file kept for <c>--resume</c>.</summary>
    public void Keep() => Close(commit: false);

    // Without Commit or Keep: what is written is flushed as far as it goes (a batch's answers stay whole for --resume;
    // what a failure loses, a resume redoes), and a working file is kept or deleted as asked; the target is untouched.
    protected override void Dispose(bool disposing)
    {
        try
        {
            if (disposing && !finished) Flush();
        }
        catch (OutputFailedException)
        {
            // The failure that stopped the run is the one reported.
        }

        finished = true;
        if (disposing && file is not null && !closed)
        {
            closed = true;
            toDisk.ContinueWith(static _ => { }, TaskScheduler.Default).Wait(); // nothing to report: the run failed already
            file.Dispose();
            Discard();
        }

        base.Dispose(disposing);
    }

    // Every write: encoded (UTF-8 copied) into the buffer, which is written out when full or flushed.
    private void Put(ReadOnlySpan<char> chars, bool endLine = false, bool flush = false, ReadOnlySpan<byte> utf8 = default)
    {
        try
        {
            Encode(chars, flush);
            if (pending + utf8.Length + 8 > buffer.Length) Drain(); // a line and its end in one write, where they fit
            if (utf8.TryCopyTo(buffer.AsSpan(pending))) pending += utf8.Length;
            else bytes.Write(utf8); // longer than the buffer: written as it is
            if (endLine) Encode(CoreNewLine, flush);
            if (!flush && !IsStandardOutput) return;
            Drain();
            bytes.Flush();
        }
        catch (Exception ex) when (OutputFailedException.AsWriteFailure(ex) is { } failure)
        {
            throw new OutputFailedException(Name, failure);
        }
    }

    private void Encode(ReadOnlySpan<char> chars, bool flush)
    {
        if (chars.IsEmpty && !flush) return;
        do
        {
            if (buffer.Length - pending < 8) Drain(); // room for any one character
            encoder.Convert(chars, buffer.AsSpan(pending), flush, out var used, out var made, out _);
            pending += made;
            chars = chars[used..];
        }
        while (!chars.IsEmpty);
    }

    // A failed write keeps the bytes: the next flush tries them again.
    // Every 64 MiB a file goes on to disk beside the run, so the flush before the rename waits for its last part, not
    // the whole file. A failed flush is not retried: Commit reports it (Linux tells a write-back error only once).
    private void Drain()
    {
        if (pending > 0) bytes.Write(buffer, 0, pending);
        if ((unflushed += pending) > 64 << 20 && handle is not null && toDisk.IsCompletedSuccessfully) (unflushed, toDisk) = (0, Task.Run(() => RandomAccess.FlushToDisk(handle)));
        pending = 0;
    }

    // Flushes and closes a file once, committing it or keeping its working file; if that fails, the target stays as it was.
    private void Close(bool commit)
    {
        finished = true;
        Flush();
        if (file is null) return;
        if (closed) throw new InvalidOperationException("The output is already finished.");
        closed = true;
        try
        {
            toDisk.GetAwaiter().GetResult();
            file.Flush(flushToDisk: commit && target is not null);
            file.Dispose();
            if (!commit || target is null) return;
            if (!OperatingSystem.IsWindows() && File.Exists(target)) File.SetUnixFileMode(WorkingPath!, File.GetUnixFileMode(target)); // keeps its permissions
            File.Move(WorkingPath!, target, overwrite: true);
        }
        catch (Exception ex) when (OutputFailedException.AsWriteFailure(ex) is { } failure)
        {
            Discard();
            throw new OutputFailedException(Name, failure);
        }
    }

    // A working file that is not committed goes, unless it is kept for --resume.
    private void Discard()
    {
        try
        {
            if (!keepOnFailure && WorkingPath is not null) File.Delete(WorkingPath);
        }
        catch (IOException)
        {
            // Best effort: the failure being reported matters more.
        }
    }
}
