using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Bars.Policy.Cli;

/// <summary>What a path names, once links are followed.</summary>
internal enum FileKind
{
    /// <summary>Nothing is there (yet).</summary>
    Missing,

    /// <summary>A regular file.</summary>
    File,

    /// <summary>A directory.</summary>
    Directory,

    /// <summary>A device, pipe or socket (<c>/dev/full</c>, <c>/dev/null</c>, a FIFO): written in place, never replaced.</summary>
    Special,
}

/// <summary>
/// Which file a path reaches, by identity rather than by name: device and inode on Unix (so a symlink, a hard link
/// or a path through a symlinked directory all compare equal to the file itself), volume and file index on Windows.
/// .NET has no managed inode API, so Linux and macOS call the C library's <c>stat</c>; elsewhere the identity falls
/// back to the full path with its links resolved, which misses hard links only.
/// </summary>
internal readonly record struct FileIdentity(FileKind Kind, ulong Device, ulong Inode, string? Fallback)
{
    private const uint TypeMask = 0xF000, RegularType = 0x8000, DirectoryType = 0x4000; // S_IFMT, S_IFREG, S_IFDIR
    private const int NoEntry = 2, NotDirectory = 20; // ENOENT, ENOTDIR: the same numbers on Linux and macOS

    /// <summary>True when both name the same existing file (a missing path is the same as nothing).</summary>
    public bool IsSameFileAs(FileIdentity other) =>
        Kind != FileKind.Missing && other.Kind != FileKind.Missing &&
        (Fallback is null && other.Fallback is null
            ? Device == other.Device && Inode == other.Inode
            : string.Equals(Fallback, other.Fallback, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal));

    /// <summary>The identity of what <paramref name="path"/> reaches; throws only for a path that cannot be a path.</summary>
    public static FileIdentity Of(string path)
    {
        if (Layout.Current is { } layout) return OfUnix(path, layout);
        if (OperatingSystem.IsWindows()) return OfWindows(path);
        return OfFallback(path);
    }

    private static FileIdentity OfUnix(string path, Layout layout)
    {
        var buffer = new byte[256]; // larger than struct stat on every layout below
        if (Native.Stat(path, buffer) != 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            if (errno is NoEntry or NotDirectory) return new FileIdentity(FileKind.Missing, 0, 0, null);
            return OfFallback(path); // e.g. no permission to search a folder: the name is the best we have
        }

        var mode = layout.ModeIsShort ? BinaryPrimitives.ReadUInt16LittleEndian(buffer.AsSpan(layout.ModeOffset)) : BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(layout.ModeOffset));
        var device = layout.DeviceIs32Bit ? BinaryPrimitives.ReadUInt32LittleEndian(buffer) : BinaryPrimitives.ReadUInt64LittleEndian(buffer);
        var inode = BinaryPrimitives.ReadUInt64LittleEndian(buffer.AsSpan(8));
        var kind = (mode & TypeMask) switch
        {
            RegularType => FileKind.File,
            DirectoryType => FileKind.Directory,
            _ => FileKind.Special,
        };
        return new FileIdentity(kind, device, inode, null);
    }

    private static FileIdentity OfWindows(string path)
    {
        if (Directory.Exists(path)) return new FileIdentity(FileKind.Directory, 0, 0, Resolved(path));
        if (!File.Exists(path)) return new FileIdentity(FileKind.Missing, 0, 0, null);
        try
        {
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            if (Native.GetFileInformationByHandle(handle, out var info))
            {
                return new FileIdentity(FileKind.File, info.VolumeSerialNumber, ((ulong)info.FileIndexHigh << 32) | info.FileIndexLow, null);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Locked or not readable: compare by name.
        }

        return new FileIdentity(FileKind.File, 0, 0, Resolved(path));
    }

    private static FileIdentity OfFallback(string path)
    {
        if (Directory.Exists(path)) return new FileIdentity(FileKind.Directory, 0, 0, Resolved(path));
        return File.Exists(path) ? new FileIdentity(FileKind.File, 0, 0, Resolved(path)) : new FileIdentity(FileKind.Missing, 0, 0, null);
    }

    private static string Resolved(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            return File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full;
        }
        catch (IOException)
        {
            return full;
        }
    }

    // Where struct stat keeps st_dev, st_ino and st_mode. st_dev and st_ino lead the struct on 64-bit Linux (x64
    // and the generic layout of arm64 and others); st_mode follows st_nlink on x64 and precedes it elsewhere.
    // macOS (64-bit inodes, the only layout its arm64 has) keeps a 32-bit st_dev and a 16-bit st_mode before st_ino.
    private sealed record Layout(int ModeOffset, bool ModeIsShort, bool DeviceIs32Bit, int XstatVersion)
    {
        public static readonly Layout? Current = Detect();

        private static Layout? Detect()
        {
            if (!Environment.Is64BitProcess || !BitConverter.IsLittleEndian) return null;
            if (OperatingSystem.IsLinux())
            {
                return RuntimeInformation.ProcessArchitecture == Architecture.X64
                    ? new Layout(ModeOffset: 24, ModeIsShort: false, DeviceIs32Bit: false, XstatVersion: 1)
                    : new Layout(ModeOffset: 16, ModeIsShort: false, DeviceIs32Bit: false, XstatVersion: 0);
            }

            if (OperatingSystem.IsMacOS() && RuntimeInformation.ProcessArchitecture == Architecture.Arm64)
            {
                return new Layout(ModeOffset: 4, ModeIsShort: true, DeviceIs32Bit: true, XstatVersion: -1);
            }

            return null;
        }
    }

    private static class Native
    {
        private static bool noStatSymbol;

        // glibc exports stat only from 2.33; before, the same call is __xstat with the layout's version.
        public static int Stat(string path, byte[] buffer)
        {
            if (!noStatSymbol)
            {
                try
                {
                    return stat(path, buffer);
                }
                catch (EntryPointNotFoundException) when (Layout.Current is { XstatVersion: >= 0 })
                {
                    noStatSymbol = true;
                }
            }

            return __xstat(Layout.Current!.XstatVersion, path, buffer);
        }

        [DllImport("libc", SetLastError = true)]
        private static extern int stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] buffer);

        [DllImport("libc", SetLastError = true)]
        private static extern int __xstat(int version, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] buffer);

        [DllImport("kernel32", SetLastError = true)]
        [return: MarshalAs(UnmanagedType.Bool)]
        public static extern bool GetFileInformationByHandle(SafeFileHandle file, out ByHandleFileInformation information);
    }

    // FILETIMEs are pairs of 32-bit words: 4-byte packing keeps the 64-bit fields where Windows puts them.
    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    private struct ByHandleFileInformation
    {
        public uint FileAttributes;
        public long CreationTime;
        public long LastAccessTime;
        public long LastWriteTime;
        public uint VolumeSerialNumber;
        public uint FileSizeHigh;
        public uint FileSizeLow;
        public uint NumberOfLinks;
        public uint FileIndexHigh;
        public uint FileIndexLow;
    }
}
