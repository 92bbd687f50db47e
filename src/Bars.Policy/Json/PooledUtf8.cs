using System.Buffers;

namespace Bars.Policy.Json;

/// <summary>Bytes in an array rented from <see cref="ArrayPool{T}.Shared"/>, given back when disposed.</summary>
internal sealed class PooledUtf8 : IMemoryOwner<byte>
{
    private byte[]? array;
    private readonly int length;

    /// <summary>Copies <paramref name="bytes"/> into a rented array.</summary>
    public PooledUtf8(ReadOnlySpan<byte> bytes)
    {
        array = ArrayPool<byte>.Shared.Rent(bytes.Length);
        bytes.CopyTo(array);
        length = bytes.Length;
    }

    public Memory<byte> Memory => array is { } a ? a.AsMemory(0, length) : throw new ObjectDisposedException(nameof(PooledUtf8));

    public void Dispose()
    {
        if (Interlocked.Exchange(ref array, null) is { } a) ArrayPool<byte>.Shared.Return(a);
    }
}
