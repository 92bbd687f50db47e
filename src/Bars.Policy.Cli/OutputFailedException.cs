namespace Bars.Policy.Cli;

/// <summary>
/// A write to an output failed: the disk is full, standard output was closed (a broken pipe), the device refused.
/// Its own type, so no <c>catch (IOException)</c> meant for reading can swallow it.
/// </summary>
internal sealed class OutputFailedException(string output, IOException cause) : Exception($"cannot write {output}: {Why(cause)}", cause)
{
    /// <summary>How standard output is named.</summary>
    public const string StandardOutput = "standard output";

    // The reader of a pipe went away (`| head`): EPIPE on Linux and macOS; ERROR_BROKEN_PIPE and ERROR_NO_DATA on
    // Windows, as HRESULTs. Not an error of the tool's, but the run must stop.
    private bool IsBrokenPipe => cause.HResult is 32 or unchecked((int)0x8007006D) or unchecked((int)0x800700E8);

    /// <summary><see cref="ExitCodes.OutputClosed"/> for a broken pipe, else <see cref="ExitCodes.Failed"/>.</summary>
    public int ExitCode => IsBrokenPipe ? ExitCodes.OutputClosed : ExitCodes.Failed;

    /// <summary>
    /// The line for stderr, or null when there is nothing to say: standard output closed by its reader (<c>| head</c>)
    /// is the reader's choice, and a tool stops silently with 141 then, as <c>cat</c> and <c>git</c> do.
    /// </summary>
    public string? Report => !IsBrokenPipe ? $"bars-policy: {Message}"
        : output == StandardOutput ? null
        : $"bars-policy: {output} was closed (broken pipe); stopped.";

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
        var at = cause.Message.LastIndexOf(" : '", StringComparison.Ordinal);
        return at > 0 && cause.Message.EndsWith('\'') ? cause.Message[..at] : cause.Message;
    }
}
