using System.CommandLine;
using System.Globalization;

namespace Bars.Policy.Cli;

/// <summary>
/// How the tool reads a whole document (<c>evaluate</c>, <c>screen</c>, a reform; docs/cli.md, "Input"): at most a
/// maximum of bytes, and text by the library's rules (<see cref="Utf8Input"/>: UTF-8 only, one opening byte-order
/// mark, UTF-16 refused). JSON Lines are read by the library's <see cref="JsonLinesInput"/>, by the same rules.
/// </summary>
internal static class InputRules
{
    /// <summary>The default maximum of a line or document: 1 MiB, as the web host's.</summary>
    public const int DefaultMaxBytes = JsonLinesLimits.DefaultMaxLineBytes;

    /// <summary>The highest maximum accepted: 1 GiB, well inside what one buffer can hold.</summary>
    public const int MaxLimit = JsonLinesLimits.MaxLineBytesLimit;

    /// <summary>A <c>--max-line-bytes</c> or <c>--max-document-bytes</c> option, from 1 to 1 GiB, 1 MiB by default.</summary>
    public static Option<int> MaxBytesOption(string name, string what)
    {
        return new Option<int>(name)
        {
            Description = $"The longest {what} read, in bytes (default {DefaultMaxBytes.ToString("N0", CultureInfo.InvariantCulture)}); a longer one is answered with an error.",
            DefaultValueFactory = _ => DefaultMaxBytes,
        }.Checked(n => n is < 1 or > MaxLimit ? $"{name} must be from 1 to {MaxLimit.ToString("N0", CultureInfo.InvariantCulture)}; got {n}." : null);
    }

    /// <summary>
    /// One document read whole as bytes, at most <paramref name="maxBytes"/> of it: reading stops a few bytes past, so
    /// an endless input (<c>/dev/zero</c>) ends too and memory never exceeds the maximum.
    /// </summary>
    public static CliDocument ReadDocument(Stream stream, int maxBytes)
    {
        var limit = maxBytes + 3 + 1; // room for a byte-order mark and one byte past the maximum
        var buffer = new byte[Math.Min(limit, 1 << 16)];
        var total = 0;
        for (var read = -1; total < limit && read != 0; total += read)
        {
            if (total == buffer.Length) Array.Resize(ref buffer, (int)Math.Min(limit, 2L * buffer.Length));
            read = stream.Read(buffer, total, buffer.Length - total);
        }

        var skip = Utf8Input.OpeningMarkLength(buffer.AsSpan(0, total));
        var length = total - skip;
        return new CliDocument(buffer.AsMemory(skip, Math.Min(length, maxBytes)), length > maxBytes, Utf8Input.Refusal(buffer.AsSpan(0, total)));
    }

    /// <summary>The error answering a whole document before it is read as JSON (longer than the maximum, or not
    /// text by the library's <see cref="Utf8Input"/> rules), or null.</summary>
    public static ValidationError? DocumentError(ReadOnlySpan<byte> document, bool tooLong, int maxBytes) => tooLong
        ? new ValidationError("$", $"is longer than {maxBytes.ToString("N0", CultureInfo.InvariantCulture)} bytes.")
        : Utf8Input.DocumentError(document);
}

/// <summary>A document read by <see cref="InputRules.ReadDocument"/>.</summary>
/// <param name="Memory">The document, without the input's byte-order mark; cut at the maximum when <paramref name="TooLong"/>.</param>
/// <param name="TooLong">The document is longer than the maximum: the rest was not read.</param>
/// <param name="Problem">Why the input cannot be read at all (UTF-16), or null.</param>
internal sealed record CliDocument(ReadOnlyMemory<byte> Memory, bool TooLong, string? Problem)
{
    /// <summary>The document's bytes.</summary>
    public ReadOnlySpan<byte> Bytes => Memory.Span;
}
