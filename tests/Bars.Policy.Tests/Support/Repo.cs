namespace Bars.Policy.Tests.Support;

/// <summary>Files of the repository, found from the test's output folder.</summary>
internal static class Repo
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Bars.Policy.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("Bars.Policy.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root.Value, .. parts]);
}
