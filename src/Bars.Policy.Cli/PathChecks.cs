namespace Bars.Policy.Cli;

/// <summary>
/// What every command that writes a file checks before it reads a line or evaluates a case: each input and output
/// is not a directory, each output's folder exists, and no output is an input — by file identity, so a symlink, a
/// hard link or a symlinked folder cannot hide the input behind another name. A problem is reported the way
/// <see cref="CliStreams"/> reports one ("bars-policy: cannot read|write '&lt;path&gt;': …") and the command exits 1.
/// </summary>
internal static class PathChecks
{
    /// <summary>True when the paths may be used; otherwise each problem is reported on <paramref name="error"/>.</summary>
    /// <param name="error">Where problems are reported.</param>
    /// <param name="inputs">Files read (<c>-</c> for standard input is skipped).</param>
    /// <param name="outputs">Files written (null or <c>-</c> for standard output is skipped).</param>
    /// <param name="writesStandardOutput">Whether the command writes standard output: it must not be an input file
    /// either (<c>batch a.jsonl &gt;&gt; a.jsonl</c> would feed on its own answers).</param>
    public static bool Check(TextWriter error, IReadOnlyList<string> inputs, IReadOnlyList<string?> outputs, bool writesStandardOutput = false)
    {
        var ok = true;
        var read = new List<(string Path, FileIdentity Id)>();

        // Standard input read from a file (`- < a.jsonl`) is that file: by its identity, as a named input is.
        if (inputs.Any(CliStreams.IsStandard) && StandardStream(StandardInput) is { } stdinId) read.Add(("standard input", stdinId));
        foreach (var path in inputs.Where(p => !CliStreams.IsStandard(p)))
        {
            var id = FileIdentity.Of(path);
            if (id.Kind == FileKind.Directory)
            {
                error.WriteLine($"bars-policy: cannot read '{path}': it is a directory, not a file.");
                ok = false;
            }

            read.Add((path, id));
        }

        var written = new List<(string Path, FileIdentity Id)>();
        foreach (var path in outputs.Where(p => !CliStreams.IsStandard(p)).Select(p => p!))
        {
            if (!CheckOutput(error, path, out var id))
            {
                ok = false;
                continue;
            }

            foreach (var (input, inputId) in read)
            {
                // The working file counts too: it is truncated as the run starts.
                if (id.IsSameFileAs(inputId) || FileIdentity.Of(SafeOutput.WorkingPathFor(path)).IsSameFileAs(inputId))
                {
                    var how = string.Equals(Path.GetFullPath(input), Path.GetFullPath(path), StringComparison.Ordinal) ? "" : " under another name";
                    error.WriteLine($"bars-policy: the output '{path}' is the input file '{input}'{how}; writing it would destroy the input: write elsewhere.");
                    ok = false;
                }
            }

            foreach (var (other, otherId) in written)
            {
                if (id.IsSameFileAs(otherId) || string.Equals(SafeOutput.Target(path), SafeOutput.Target(other), StringComparison.Ordinal))
                {
                    error.WriteLine($"bars-policy: the outputs '{other}' and '{path}' are the same file: give each its own.");
                    ok = false;
                }
            }

            written.Add((path, id));
        }

        if (writesStandardOutput && StandardStream(StandardOutput) is { } stdoutId)
        {
            foreach (var (input, inputId) in read.Where(r => r.Id.IsSameFileAs(stdoutId)))
            {
                error.WriteLine($"bars-policy: standard output is the input file '{input}'; writing it would destroy the input or feed on its own answers: write elsewhere.");
                ok = false;
            }
        }

        return ok;
    }

    private const string StandardInput = "/dev/stdin", StandardOutput = "/dev/stdout";

    // The regular file behind a standard stream, where the system names it (/dev/stdin, /dev/stdout on Linux and
    // macOS); a terminal, a pipe or a device is never an input file, and so is left out.
    private static FileIdentity? StandardStream(string path)
    {
        if (OperatingSystem.IsWindows() || !File.Exists(path)) return null;
        try
        {
            return FileIdentity.Of(path) is { Kind: FileKind.File } id ? id : null;
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static bool CheckOutput(TextWriter error, string path, out FileIdentity id)
    {
        id = default;
        string target;
        try
        {
            id = FileIdentity.Of(path);
            target = SafeOutput.Target(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"bars-policy: cannot write '{path}': {ex.Message}");
            return false;
        }

        if (id.Kind == FileKind.Directory)
        {
            error.WriteLine($"bars-policy: cannot write '{path}': it is a directory, not a file.");
            return false;
        }

        if (id.Kind == FileKind.Special) return true; // a device or pipe is written in place: its folder is /dev or the like

        var folder = Path.GetDirectoryName(target);
        if (!string.IsNullOrEmpty(folder) && !Directory.Exists(folder))
        {
            var kind = FileIdentity.Of(folder).Kind;
            error.WriteLine(kind == FileKind.Missing
                ? $"bars-policy: cannot write '{path}': the folder '{folder}' does not exist."
                : $"bars-policy: cannot write '{path}': '{folder}' is not a folder.");
            return false;
        }

        return true;
    }
}
