namespace Bars.Policy.Tests.Support;

/// <summary>
/// Files of the repository, found by walking up from the test's output folder to Bars.Policy.sln. The one place
/// tests find the repository: the web host's tests compile this same file (linked from their project).
/// </summary>
internal static class Repo
{
    private static readonly Lazy<string> RootFolder = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Bars.Policy.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("Bars.Policy.sln not found above " + AppContext.BaseDirectory);
    });

    /// <summary>The repository's root folder.</summary>
    public static string Root => RootFolder.Value;

    /// <summary>A path inside the repository.</summary>
    public static string Path(params string[] parts) => System.IO.Path.Combine([RootFolder.Value, .. parts]);

    /// <summary>The text of a file under docs/samples.</summary>
    public static string Sample(string name) => File.ReadAllText(Path("docs", "samples", name));
}
