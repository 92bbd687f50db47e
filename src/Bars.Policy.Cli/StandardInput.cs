using System.Runtime.InteropServices;

namespace Bars.Policy.Cli;

/// <summary>
/// Whether the process was started with standard input closed (<c>bars-policy evaluate - &lt;&amp;-</c>). The runtime
/// opens descriptors of its own before the tool runs, and the first takes the free number 0: reading "standard input"
/// would then wait on the runtime's own pipe forever. A descriptor inherited through exec never has close-on-exec set
/// (exec closes those), and the runtime sets it on every descriptor it opens: so a descriptor 0 that is missing or has
/// close-on-exec is not the standard input the tool was given.
/// </summary>
internal static class StandardInput
{
    private const int GetDescriptorFlags = 1, CloseOnExec = 1; // F_GETFD, FD_CLOEXEC: the same on Linux and macOS

    /// <summary>True when standard input was closed at start; false where the platform has no such descriptors.</summary>
    public static bool WasClosed()
    {
        if (OperatingSystem.IsWindows()) return false;
        var flags = fcntl(0, GetDescriptorFlags);
        return flags == -1 || (flags & CloseOnExec) != 0;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int fcntl(int fd, int command);
}
