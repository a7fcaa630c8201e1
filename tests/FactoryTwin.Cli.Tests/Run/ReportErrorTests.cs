using FactoryTwin.Cli.Tests.Support;

namespace FactoryTwin.Cli.Tests.Run;

/// <summary><c>report</c> on a damaged folder (a file cut short, emptied or edited): one line naming the file, exit 1, never an internal error.</summary>
public sealed class ReportErrorTests : IClassFixture<ReportErrorTests.Folders>
{
    private readonly Folders _folders;

    public ReportErrorTests(Folders folders) => _folders = folders;

    public static TheoryData<string, string, string> Damages => new()
    {
        { "run", "metrics.json", "cut" },
        { "run", "metrics.json", "{}" },
        { "run", "metrics.json", "{\"durationSeconds\": \"long\"}" },
        { "run", "layout.json", "cut" },
        { "run", "layout.json", "{\"nodes\": [[\"a\", \"east\", 0]], \"stations\": []}" },
        { "run", "trace.jsonl", "cut" },
        { "run", "trace.jsonl", "{\"t\": 0, \"id\": \"nobody\", \"state\": \"idle\", \"x\": 0, \"y\": 0}\n" },
        { "run", "run.json", "cut" },
        { "run", "run.json", "{\"version\": 1}" },
        { "compare", "compare.json", "cut" },
        { "compare", "compare.json", "{}" },
        { "compare", "compare.json", "[1, 2]" },
    };

    [Theory]
    [MemberData(nameof(Damages))]
    public void A_damaged_file_is_named_in_one_line_with_exit_1(string kind, string file, string damage)
    {
        using var folder = new TempFolder();
        var copy = folder["copy"];
        Directory.CreateDirectory(copy);
        foreach (var f in Directory.GetFiles(kind == "run" ? _folders.Run : _folders.Compare))
            File.Copy(f, Path.Combine(copy, Path.GetFileName(f)));
        var path = Path.Combine(copy, file);
        var text = File.ReadAllText(path);
        File.WriteAllText(path, damage == "cut" ? text[..(text.Length / 2)] : damage);

        var result = Factorytwin.Run("report", copy);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.StartsWith($"factorytwin: {path}: ", result.Errors, StringComparison.Ordinal);
        Assert.Single(result.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("internal error", result.Errors, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(copy, "report.html")));
    }

    /// <summary>A traced run and a comparison, made once, copied and damaged by each case.</summary>
    public sealed class Folders : IDisposable
    {
        private readonly TempFolder _folder = new();

        public Folders()
        {
            var run = Factorytwin.Run("run", Factorytwin.Example("job-shop.json"), "-r", "1", "--trace", "-o", Run);
            var compare = Factorytwin.Run("compare", Factorytwin.Example("mm3-station.json"), "--variant", "four:stations[1].machines=4", "-r", "2", "-o", Compare);
            if (run.ExitCode != 0 || compare.ExitCode != 0)
                throw new InvalidOperationException($"{run}\n{compare}");
        }

        public string Run => _folder["run"];

        public string Compare => _folder["compare"];

        public void Dispose() => _folder.Dispose();
    }
}
