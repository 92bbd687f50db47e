namespace Bars.Policy.Cli;

/// <summary>
/// A write to an output failed: the disk is full, standard output was closed (a broken pipe), the device refused.
/// Its own type, so no <c>catch (IOException)</c> meant for reading can swallow it.
/// </summary>
internal sealed class OutputFailedException(string output, IOException cause) : Exception($"cannot write {output}: {cause.Message}", cause)
{
    // EPIPE on Linux and macOS; ERROR_BROKEN_PIPE and ERROR_NO_DATA on Windows, as HRESULTs.
    private const int Epipe = 32, BrokenPipeHResult = unchecked((int)0x8007006D), NoDataHResult = unchecked((int)0x800700E8);

    /// <summary>How the failed output is named to the user: <c>'out.jsonl'</c> or <c>standard output</c>.</summary>
    public string Output => output;

    /// <summary>The reader of a pipe went away (<c>| head</c>): not an error of the tool's, but the run must stop.</summary>
    public bool IsBrokenPipe => cause.HResult is Epipe or BrokenPipeHResult or NoDataHResult;

    /// <summary><see cref="ExitCodes.OutputClosed"/> for a broken pipe, else <see cref="ExitCodes.Failed"/>.</summary>
    public int ExitCode => IsBrokenPipe ? ExitCodes.OutputClosed : ExitCodes.Failed;

    /// <summary>The line for stderr.</summary>
    public string Report => IsBrokenPipe ? $"bars-policy: {output} was closed (broken pipe); stopped." : $"bars-policy: {Message}";
}

/// <summary>
/// Passes every write to <paramref name="inner"/> and turns an <see cref="IOException"/> into an
/// <see cref="OutputFailedException"/> naming the output, so a command can tell a failed write from a failed read.
/// </summary>
internal sealed class GuardedWriter(TextWriter inner, string name) : TextWriter(inner.FormatProvider)
{
    public override System.Text.Encoding Encoding => inner.Encoding;

    [System.Diagnostics.CodeAnalysis.AllowNull]
    public override string NewLine
    {
        get => inner.NewLine;
        set => inner.NewLine = value;
    }

    public override void Write(char value) => Guard(() => inner.Write(value));

    public override void Write(string? value) => Guard(() => inner.Write(value));

    public override void Write(char[] buffer, int index, int count) => Guard(() => inner.Write(buffer, index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        try
        {
            inner.Write(buffer);
        }
        catch (IOException ex)
        {
            throw new OutputFailedException(name, ex);
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

    private void Guard(Action write)
    {
        try
        {
            write();
        }
        catch (IOException ex)
        {
            throw new OutputFailedException(name, ex);
        }
    }

    private async Task GuardAsync(Func<Task> write)
    {
        try
        {
            await write().ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            throw new OutputFailedException(name, ex);
        }
    }
}
