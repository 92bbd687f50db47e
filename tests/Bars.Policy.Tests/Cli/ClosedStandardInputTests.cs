using Bars.Policy.Cli;

namespace Bars.Policy.Tests.Cli;

/// <summary>
/// Issue 25, finding 8: <c>bars-policy evaluate - &lt;&amp;-</c> and <c>batch - &lt;&amp;-</c> blocked until killed: the
/// runtime's own pipe had taken descriptor 0. Each now says standard input is closed and exits 1 at once.
/// </summary>
public sealed class ClosedStandardInputTests
{
    [Theory]
    [InlineData("evaluate")]
    [InlineData("batch")]
    [InlineData("screen")]
    public void A_command_reading_a_closed_standard_input_says_so_and_exits_1(string command)
    {
        if (OperatingSystem.IsWindows()) return; // a closed descriptor 0 is a Unix shell's
        using var temp = new TempFolder();

        var (exit, stdout, stderr) = CliProcess.RunInShell(temp.Path, TimeSpan.FromSeconds(60), "exec \"$0\" \"$@\" <&-", null, command, "-");

        Assert.True(exit == 1, $"exit {exit} (-1: it hung and was killed): {stderr}");
        Assert.Contains("bars-policy: cannot read standard input: it is closed", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(CliHarness.StackTraceMarker, stderr, StringComparison.Ordinal);
        Assert.Equal("", stdout);
    }

    // The check must not mistake an inherited standard input for a closed one: a pipe, and /dev/null.
    [Theory]
    [InlineData("exec \"$0\" \"$@\" </dev/null")]
    [InlineData("echo '{' | \"$0\" \"$@\"")]
    public void A_standard_input_that_is_open_is_read(string script)
    {
        if (OperatingSystem.IsWindows()) return;
        using var temp = new TempFolder();

        var (exit, stdout, stderr) = CliProcess.RunInShell(temp.Path, TimeSpan.FromSeconds(60), script, null, "evaluate", "-");

        Assert.DoesNotContain("closed", stderr, StringComparison.Ordinal);
        Assert.True(exit == ExitCodes.InvalidCase, $"exit {exit}: {stderr}"); // read, and answered as an invalid case
        Assert.Contains("\"errors\"", stdout, StringComparison.Ordinal);
    }
}
