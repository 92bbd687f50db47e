using System.Security.Cryptography;

namespace Bars.Policy.Cli;

/// <summary>
/// An input opened by <see cref="CliStreams.OpenInput"/>, as bytes (the tool decodes them itself, strictly: see
/// <see cref="InputRules"/>): a file, closed on dispose, or standard input, left open. What is read is counted and
/// hashed (SHA-256) as it passes: the input's fingerprint for the run's provenance without a second read.
/// </summary>
internal sealed class CliInput(Stream inner, string name, long size, bool owned) : ReadOnlyInputStream
{
    private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    /// <summary>How messages name the input: its path, quoted, or "standard input".</summary>
    public string Name => name;

    /// <summary>The file's length in bytes; 0 for standard input (or any stream whose length is unknown).</summary>
    public long Size => size;

    /// <summary>The bytes read so far.</summary>
    public long BytesRead { get; private set; }

    /// <summary>The SHA-256 of the bytes read so far, in lower-case hex.</summary>
    public string Sha256 => Convert.ToHexStringLower(hash.GetCurrentHash());

    public override int Read(Span<byte> buffer) => Seen(buffer, inner.Read(buffer));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var count = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        return Seen(buffer.Span, count);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            hash.Dispose();
            if (owned) inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Seen(ReadOnlySpan<byte> buffer, int count)
    {
        hash.AppendData(buffer[..count]);
        BytesRead += count;
        return count;
    }
}
