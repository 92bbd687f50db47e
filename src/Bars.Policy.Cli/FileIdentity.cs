using System.Runtime.InteropServices;

namespace Bars.Policy.Cli;

/// <summary>What a path names, once links are followed: nothing (yet), a regular file, a directory, or something
/// special (a device, pipe or socket: <c>/dev/full</c>, <c>/dev/null</c>, a FIFO), written in place, never replaced.</summary>
internal enum FileKind
{
    Missing,
    File,
    Directory,
    Special,
}

/// <summary>
/// Which file a path reaches, by identity rather than by name: on 64-bit Linux the device and inode from the C
/// library's <c>stat</c> (.NET has no managed inode API), so a symlink, a hard link or a path through a symlinked
/// directory all compare equal to the file itself. Elsewhere, and where <c>stat</c> fails for another reason than a
/// missing file, the identity is the full path with its links resolved, which misses hard links only.
/// </summary>
internal readonly record struct FileIdentity(FileKind Kind, ulong Device, ulong Inode, string? Path)
{
    // Where struct stat keeps st_mode: st_dev and st_ino lead it on both, then st_nlink comes first on x64 only.
    private static readonly int ModeOffset = !OperatingSystem.IsLinux() || !BitConverter.IsLittleEndian ? -1
        : RuntimeInformation.ProcessArchitecture switch { Architecture.X64 => 24, Architecture.Arm64 => 16, _ => -1 };

    private static bool noStatSymbol;

    /// <summary>True when both name the same existing file (a missing path is the same as nothing).</summary>
    public bool IsSameFileAs(FileIdentity other) =>
        Kind != FileKind.Missing && other.Kind != FileKind.Missing && Device == other.Device && Inode == other.Inode &&
        string.Equals(Path, other.Path, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    /// <summary>The identity of what <paramref name="path"/> reaches; throws only for a path that cannot be a path.</summary>
    public static FileIdentity Of(string path)
    {
        var stat = new byte[256]; // larger than struct stat
        if (ModeOffset < 0 || Stat(path, stat) != 0)
        {
            if (ModeOffset >= 0 && Marshal.GetLastPInvokeError() is 2 or 20) return default; // ENOENT, ENOTDIR: nothing there
            var kind = Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.File : FileKind.Missing;
            return new FileIdentity(kind, 0, 0, kind == FileKind.Missing ? null : SafeOutput.Target(path));
        }

        var mode = BitConverter.ToUInt32(stat, ModeOffset) & 0xF000; // S_IFMT: S_IFREG, S_IFDIR, or something special
        return new FileIdentity(mode == 0x8000 ? FileKind.File : mode == 0x4000 ? FileKind.Directory : FileKind.Special, BitConverter.ToUInt64(stat, 0), BitConverter.ToUInt64(stat, 8), null);
    }

    // glibc exports stat only from 2.33; before, the same call is __xstat, with the struct's version (1 on x64, 0 on arm64).
    private static int Stat(string path, byte[] buffer)
    {
        try
        {
            return noStatSymbol ? __xstat(ModeOffset == 24 ? 1 : 0, path, buffer) : stat(path, buffer);
        }
        catch (EntryPointNotFoundException) when (!noStatSymbol)
        {
            noStatSymbol = true;
            return Stat(path, buffer);
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] buffer);

    [DllImport("libc", SetLastError = true)]
    private static extern int __xstat(int version, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] buffer);
}
