namespace Bars.Policy.Cli.Output;

/// <summary>A file the run read: its name as given (its file name only, no folders: a path says where, not what), size and SHA-256.</summary>
/// <param name="Name">The file's name, or "standard input".</param>
/// <param name="Bytes">Its size in bytes.</param>
/// <param name="Sha256">Its SHA-256 in lower-case hex.</param>
internal sealed record FileFingerprint(string Name, long Bytes, string Sha256)
{
    /// <summary>The name an argument gives: the file name of a path, "standard input" for <c>-</c>.</summary>
    /// <param name="path">The argument.</param>
    /// <returns>The name.</returns>
    public static string NameOf(string path) => CliStreams.IsStandard(path) ? "standard input" : Path.GetFileName(path);

    /// <summary>The fingerprint of the bytes of a file read whole.</summary>
    /// <param name="path">The argument naming it.</param>
    /// <param name="bytes">Its bytes.</param>
    /// <returns>The fingerprint.</returns>
    public static FileFingerprint Of(string path, ReadOnlySpan<byte> bytes) =>
        new(NameOf(path), bytes.Length, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)));
}
