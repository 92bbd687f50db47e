namespace Bars.Policy.WebHost.Tests.Support;

/// <summary>Files of the repository, found by walking up from the test's output folder to Bars.Policy.sln.</summary>
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

    /// <summary>docs/samples/bryansk-case.json: Eligible, MonthlyPay 40000 a month.</summary>
    public static string BryanskCase() => File.ReadAllText(Path("docs", "samples", "bryansk-case.json"));
}
