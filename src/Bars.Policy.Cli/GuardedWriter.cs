namespace Bars.Policy.Cli;

/// <summary>
/// A write to an output failed: the disk is full, standard output was closed (a broken pipe), the device refused.
/// Its own type, so no <c>catch (IOException)</c> meant for reading can swallow it.
/// </summary>
internal sealed class OutputFailedException(string output, IOException cause) : Exception($"cannot write {output}: {Why(cause)}", cause)
{
    // EPIPE on Linux and macOS; ERROR_BROKEN_PIPE and ERROR_NO_DATA on Windows, as HRESULTs.
    private const int Epipe = 32, BrokenPipeHResult = unchecked((int)0x8007006D), NoDataHResult = unchecked((int)0x800700E8);

    /// <summary>How the failed output is named to the user: <c>'out.jsonl'</c> or <c>standard output</c>.</summary>
    public string Output => output;

    /// <summary>The reader of a pipe went away (<c>| head</c>): not an error of the tool's, but the run must stop.</summary>
    public bool IsBrokenPipe => cause.HResult is Epipe or BrokenPipeHResult or NoDataHResult;

    /// <summary><see cref="ExitCodes.OutputClosed"/> for a broken pipe, else <see cref="ExitCodes.Failed"/>.</summary>
    public int ExitCode => IsBrokenPipe ? ExitCodes.OutputClosed : ExitCodes.Failed;

    /// <summary>
    /// The line for stderr, or null when there is nothing to say: standard output closed by its reader (<c>| head</c>)
    /// is the reader's choice, and a tool stops silently with 141 then, as <c>cat</c> and <c>git</c> do.
    /// </summary>
    public string? Report => !IsBrokenPipe ? $"bars-policy: {Message}"
        : output == StandardOutput ? null
        : $"bars-policy: {output} was closed (broken pipe); stopped.";

    /// <summary>How standard output is named.</summary>
    public const string StandardOutput = "standard output";

    /// <summary>
    /// A failed write as an IOException, or null when <paramref name="ex"/> is not one: .NET reports EFBIG (a file
    /// past the process's size limit) as an ArgumentOutOfRangeException from the write.
    /// </summary>
    public static IOException? AsWriteFailure(Exception ex) => ex switch
    {
        IOException io => io,
        ArgumentOutOfRangeException { ParamName: "value" } big => new IOException(big.Message.Split(" (Parameter", 2)[0], big),
        _ => null,
    };

    // .NET ends a file error with " : '<path>'"; the message names the output once, before it.
    private static string Why(IOException cause)
    {
        var message = cause.Message;
        var at = message.LastIndexOf(" : '", StringComparison.Ordinal);
        return at > 0 && message.EndsWith('\'') ? message[..at] : message;
    }
}

/// <summary>
/// Passes every write to <paramref name="inner"/> and turns an <see cref="IOException"/> into an
/// <see cref="OutputFailedException"/> naming the output, so a command can tell a failed write from a failed read.
/// </summary>
internal sealed class GuardedWriter(TextWriter inner, string name) : TextWriter(inner.FormatProvider)
{
    // UTF-8 lines bound for the stream under a UTF-8 StreamWriter (a file, redirected standard output) are copied
    // here and written as bytes: a batch's decisions are not decoded to text and encoded again on the one thread
    // that writes them. Text written in between keeps its place: each kind flushes the other first.
    private readonly Stream? bytesOut = inner is StreamWriter { Encoding: System.Text.UTF8Encoding utf8 } w && utf8.Preamble.Length == 0 ? w.BaseStream : null;
    private byte[] newLine = System.Text.Encoding.UTF8.GetBytes(inner.NewLine);
    private byte[]? bytes;
    private int pending;
    private bool writingBytes;

    /// <summary>Writes one line given as UTF-8 (without its line end), as one write.</summary>
    public void WriteUtf8Line(ReadOnlySpan<byte> utf8)
    {
        if (bytesOut is null)
        {
            WriteLine(System.Text.Encoding.UTF8.GetString(utf8));
            return;
        }

        try
        {
            if (!writingBytes)
            {
                inner.Flush(); // text written before goes first
                writingBytes = true;
            }

            bytes ??= new byte[1 << 16];

            var length = utf8.Length + newLine.Length;
            if (pending + length > bytes.Length) FlushBytes();
            if (length > bytes.Length)
            {
                bytesOut.Write(utf8);
                bytesOut.Write(newLine);
            }
            else
            {
                utf8.CopyTo(bytes.AsSpan(pending));
                newLine.CopyTo(bytes.AsSpan(pending + utf8.Length));
                pending += length;
            }

            if (((StreamWriter)inner).AutoFlush) FlushBytes(); // standard output: each line goes out at once
        }
        catch (Exception ex) when (OutputFailedException.AsWriteFailure(ex) is { } failure)
        {
            throw new OutputFailedException(name, failure);
        }
    }

    public override System.Text.Encoding Encoding => inner.Encoding;

    [System.Diagnostics.CodeAnalysis.AllowNull]
    public override string NewLine
    {
        get => inner.NewLine;
        set
        {
            inner.NewLine = value;
            newLine = System.Text.Encoding.UTF8.GetBytes(inner.NewLine);
        }
    }

    public override void Write(char value) => Guard(() => inner.Write(value));

    public override void Write(string? value) => Guard(() => inner.Write(value));

    public override void Write(char[] buffer, int index, int count) => Guard(() => inner.Write(buffer, index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        try
        {
            LeaveBytes();
            inner.Write(buffer);
        }
        catch (Exception ex) when (OutputFailedException.AsWriteFailure(ex) is { } failure)
        {
            throw new OutputFailedException(name, failure);
        }
    }

    // One call per line, as the inner writer would make it: a line is never split into a text and a newline write.
    public override void WriteLine(string? value) => Guard(() => inner.WriteLine(value));

    public override void WriteLine() => Guard(inner.WriteLine);

    public override void Flush() => Guard(inner.Flush);

    public override Task WriteAsync(char value) => GuardAsync(() => inner.WriteAsync(value));

    public override Task WriteAsync(string? value) => GuardAsync(() => inner.WriteAsync(value));

    public override Task WriteAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default) => GuardAsync(() => inner.WriteAsync(buffer, cancellationToken));

    public override Task WriteLineAsync(string? value) => GuardAsync(() => inner.WriteLineAsync(value));

    public override Task WriteLineAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default) => GuardAsync(() => inner.WriteLineAsync(buffer, cancellationToken));

    public override Task FlushAsync() => GuardAsync(inner.FlushAsync);

    public override Task FlushAsync(CancellationToken cancellationToken) => GuardAsync(() => inner.FlushAsync(cancellationToken));

    // The inner writer belongs to whoever made it: a guard only guards.
    protected override void Dispose(bool disposing) => base.Dispose(disposing);

    private void FlushBytes()
    {
        if (pending > 0) bytesOut!.Write(bytes!, 0, pending);
        pending = 0;
    }

    // Bytes written so far go out before any text (and on every flush).
    private void LeaveBytes()
    {
        FlushBytes();
        writingBytes = false;
    }

    private void Guard(Action write)
    {
        try
        {
            LeaveBytes();
            write();
        }
        catch (Exception ex) when (OutputFailedException.AsWriteFailure(ex) is { } failure)
        {
            throw new OutputFailedException(name, failure);
        }
    }

    private async Task GuardAsync(Func<Task> write)
    {
        try
        {
            LeaveBytes();
            await write().ConfigureAwait(false);
        }
        catch (Exception ex) when (OutputFailedException.AsWriteFailure(ex) is { } failure)
        {
            throw new OutputFailedException(name, failure);
        }
    }
}
