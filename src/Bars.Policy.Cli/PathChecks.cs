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
        var problems = new List<string>();
        var read = new List<(string Path, FileIdentity Id)>();

        // Standard input read from a file (`- < a.jsonl`) is that file: by its identity, as a named input is.
        if (inputs.Any(CliStreams.IsStandard) && StandardStream("/dev/stdin") is { } stdin) read.Add(("standard input", stdin));
        foreach (var path in inputs.Where(p => !CliStreams.IsStandard(p)))
        {
            read.Add((path, FileIdentity.Of(path)));
            if (read[^1].Id.Kind == FileKind.Directory) problems.Add($"cannot read '{path}': it is a directory, not a file.");
        }

        var written = new List<(string Path, FileIdentity Id)>();
        foreach (var path in outputs.Where(p => !CliStreams.IsStandard(p)).Select(p => p!))
        {
            if (OutputProblem(path, out var id) is { } problem)
            {
                problems.Add(problem);
                continue;
            }

            // The working file counts too: it is truncated as the run starts.
            foreach (var (input, _) in read.Where(r => id.IsSameFileAs(r.Id) || FileIdentity.Of(SafeOutput.WorkingPathFor(path)).IsSameFileAs(r.Id)))
            {
                var how = string.Equals(Path.GetFullPath(input), Path.GetFullPath(path), StringComparison.Ordinal) ? "" : " under another name";
                problems.Add($"the output '{path}' is the input file '{input}'{how}; writing it would destroy the input: write elsewhere.");
            }

            problems.AddRange(written.Where(w => id.IsSameFileAs(w.Id) || string.Equals(SafeOutput.Target(path), SafeOutput.Target(w.Path), StringComparison.Ordinal))
                .Select(w => $"the outputs '{w.Path}' and '{path}' are the same file: give each its own."));

            written.Add((path, id));
        }

        if (writesStandardOutput && StandardStream("/dev/stdout") is { } stdout)
        {
            problems.AddRange(read.Where(r => r.Id.IsSameFileAs(stdout)).Select(r => $"standard output is the input file '{r.Path}'; writing it would destroy the input or feed on its own answers: write elsewhere."));
        }

        foreach (var problem in problems) error.WriteLine($"bars-policy: {problem}");
        return problems.Count == 0;
    }

    // The regular file behind a standard stream, where the system names it (/dev/stdin, /dev/stdout on Linux and
    // macOS); a terminal, a pipe or a device is never an input file, and so is left out.
    private static FileIdentity? StandardStream(string path)
    {
        try
        {
            return !OperatingSystem.IsWindows() && File.Exists(path) && FileIdentity.Of(path) is { Kind: FileKind.File } id ? id : null;
        }
        catch (Exception ex) when (CliStreams.IsFileProblem(ex))
        {
            return null;
        }
    }

    private static string? OutputProblem(string path, out FileIdentity id)
    {
        id = default;
        string target;
        try
        {
            (id, target) = (FileIdentity.Of(path), SafeOutput.Target(path));
        }
        catch (Exception ex) when (CliStreams.IsFileProblem(ex))
        {
            return $"cannot write '{path}': {ex.Message}";
        }

        if (id.Kind == FileKind.Directory) return $"cannot write '{path}': it is a directory, not a file.";
        var folder = Path.GetDirectoryName(target);
        if (id.Kind == FileKind.Special || string.IsNullOrEmpty(folder) || Directory.Exists(folder)) return null; // a device is written in place
        return FileIdentity.Of(folder).Kind == FileKind.Missing
            ? $"cannot write '{path}': the folder '{folder}' does not exist."
            : $"cannot write '{path}': '{folder}' is not a folder.";
    }
}
