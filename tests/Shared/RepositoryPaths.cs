namespace FactoryTwin.Testing;

/// <summary>Where the repository's folders are, found from the test assembly by walking up to FactoryTwin.sln; shared by every test project.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Scenarios => Path.Combine(Root, "scenarios");

    public static string Maps => Path.Combine(Scenarios, "maps");

    /// <summary>Where screenshots and other test artifacts are kept (ignored by git).</summary>
    public static string Artifacts => Path.Combine(Root, "TestResults", "report-screenshots");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "FactoryTwin.sln")))
                return folder.FullName;
        }
        throw new InvalidOperationException($"FactoryTwin.sln not found above {AppContext.BaseDirectory}.");
    }
}
