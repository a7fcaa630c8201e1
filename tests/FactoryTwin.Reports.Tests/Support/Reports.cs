using FactoryTwin.Cli;

namespace FactoryTwin.Reports.Tests.Support;

/// <summary>The reports the browser tests open, made once: a traced run of the job shop, and a comparison.</summary>
public sealed class Reports : IDisposable
{
    public Reports()
    {
        Directory.CreateDirectory(Folder);
        Run("run", Path.Combine(RepositoryPaths.Scenarios, "job-shop.json"), "-r", "2", "--trace", "--report", "-o", RunFolder);
        Run("compare", Path.Combine(RepositoryPaths.Scenarios, "penny-fab-one.json"), "--variant", "double:stations[2].machines=2",
            "--variant", "same:description=unchanged", "-r", "4", "--report", "-o", CompareFolder);
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "factorytwin-report-tests", Guid.NewGuid().ToString("N"));

    public string RunFolder => Path.Combine(Folder, "run");

    public string CompareFolder => Path.Combine(Folder, "compare");

    public string RunReport => Path.Combine(RunFolder, "report.html");

    public string CompareReport => Path.Combine(CompareFolder, "report.html");

    public void Dispose()
    {
        if (Directory.Exists(Folder))
            Directory.Delete(Folder, recursive: true);
    }

    private static void Run(params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var code = CommandLine.Run(args, output, errors);
        if (code != 0)
            throw new InvalidOperationException($"factorytwin {string.Join(' ', args)} exited {code}:\n{errors}");
    }
}
