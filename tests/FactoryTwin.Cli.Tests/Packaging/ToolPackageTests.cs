using System.Diagnostics;
using FactoryTwin.Cli.Tests.Support;

namespace FactoryTwin.Cli.Tests.Packaging;

/// <summary>The README's second way in: <c>dotnet pack</c> makes the .NET tool FactoryTwin, which installs and checks the example scenarios.</summary>
public sealed class ToolPackageTests
{
    [Fact]
    public void The_packed_tool_installs_into_a_folder_and_validates_every_example()
    {
        using var folder = new TempFolder();

        Dotnet(RepositoryPaths.Root, "pack", "src/FactoryTwin.Cli", "-c", "Release", "--no-restore", "-o", folder["packages"]);
        var package = Path.GetFileNameWithoutExtension(Assert.Single(Directory.GetFiles(folder["packages"], "FactoryTwin.*.nupkg")));
        var version = package["FactoryTwin.".Length..]; // this build's, never another FactoryTwin a feed might hold
        Dotnet(folder.Path, "tool", "install", "--tool-path", folder["tools"], "--add-source", folder["packages"], "--ignore-failed-sources", "--version", version, "FactoryTwin");

        var examples = Directory.GetFiles(RepositoryPaths.Scenarios, "*.json").Order(StringComparer.Ordinal).ToArray();
        var (code, output) = Run(folder.Path, Path.Combine(folder["tools"], "factorytwin"), ["validate", .. examples]);

        Assert.True(code == 0, output);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(examples.Length, lines.Length);
        Assert.All(lines.Where(l => !l.Contains("scenario.schema.json", StringComparison.Ordinal)), line => Assert.EndsWith(": ok", line, StringComparison.Ordinal));
        Assert.Contains(lines, line => line.EndsWith("scenario.schema.json: skipped, a JSON Schema and not a scenario", StringComparison.Ordinal));
    }

    private static void Dotnet(string workingDirectory, params string[] args)
    {
        var (code, output) = Run(workingDirectory, "dotnet", args);
        Assert.True(code == 0, $"dotnet {string.Join(' ', args)} exited {code}:\n{output}");
    }

    private static (int Code, string Output) Run(string workingDirectory, string program, IReadOnlyList<string> args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = workingDirectory };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} did not end within 5 minutes");
        }
        return (process.ExitCode, output + errors.Result);
    }
}
