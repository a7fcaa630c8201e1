using FactoryTwin.Cli.Tests.Support;

namespace FactoryTwin.Cli.Tests.Run;

/// <summary>Bad input and bad command lines: the exit code, a message without a stack trace, and no output files.</summary>
public sealed class RunErrorTests
{
    /// <summary>The mm3 example with two mistakes: a misspelt field and no machines.</summary>
    private const string Invalid = """
        {
          "formatVersion": 1,
          "name": "broken",
          "run": { "durationSeconds": 3600, "replicationz": 2 },
          "stations": [
            { "id": "arrivals", "kind": "source" },
            { "id": "counter", "kind": "machine", "machines": 0, "processTime": 60 },
            { "id": "exit", "kind": "sink" }
          ],
          "products": [ { "id": "customer", "routing": [ { "station": "arrivals" }, { "station": "counter" }, { "station": "exit" } ] } ],
          "demand": [ { "product": "customer", "interarrivalTime": 25 } ]
        }
        """;

    [Fact]
    public void An_invalid_scenario_exits_1_lists_its_problems_after_the_file_name_and_writes_nothing()
    {
        using var folder = new TempFolder();
        var scenario = folder["broken.json"];
        File.WriteAllText(scenario, Invalid);

        var result = Factorytwin.Run("run", scenario, "--out", folder["out"]);

        Assert.True(result.ExitCode == 1, result.ToString());
        var lines = result.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal(2, lines.Count);
        Assert.All(lines, l => Assert.StartsWith($"{scenario}: ", l, StringComparison.Ordinal));
        Assert.StartsWith($"{scenario}: $.run.replicationz: is not a known field; did you mean 'replications'?", lines[0], StringComparison.Ordinal);
        Assert.StartsWith($"{scenario}: $.stations[1].machines: must be at least 1 (got 0)", lines[1], StringComparison.Ordinal);
        AssertNoStackTrace(result);
        Assert.False(Directory.Exists(folder["out"]), $"output was written: {string.Join(", ", Directory.Exists(folder["out"]) ? Directory.GetFiles(folder["out"]) : [])}");
        Assert.Equal(["broken.json"], Directory.GetFileSystemEntries(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_scenario_that_is_not_JSON_exits_1_with_one_line()
    {
        using var folder = new TempFolder();
        var scenario = folder["garbage.json"];
        File.WriteAllText(scenario, "{ \"formatVersion\": 1, ");

        var result = Factorytwin.Run("run", scenario, "--out", folder["out"]);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.StartsWith($"{scenario}: $: is not valid JSON", result.Errors, StringComparison.Ordinal);
        AssertNoStackTrace(result);
        Assert.False(Directory.Exists(folder["out"]));
    }

    [Fact]
    public void A_missing_scenario_file_exits_1()
    {
        using var folder = new TempFolder();
        var scenario = folder["nowhere.json"];

        var result = Factorytwin.Run("run", scenario, "--out", folder["out"]);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.StartsWith($"{scenario}: $: does not exist", result.Errors, StringComparison.Ordinal);
        AssertNoStackTrace(result);
        Assert.False(Directory.Exists(folder["out"]));
    }

    [Fact]
    public void A_folder_given_as_the_scenario_exits_1()
    {
        using var folder = new TempFolder();

        var result = Factorytwin.Run("run", folder.Path, "--out", folder["out"]);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.StartsWith($"{folder.Path}: $: is a folder", result.Errors, StringComparison.Ordinal);
        AssertNoStackTrace(result);
    }

    /// <summary>Command lines, split at spaces; SCENARIO stands for the mm3 example.</summary>
    public static TheoryData<string> UsageErrors =>
    [
        "run SCENARIO --bogus",
        "run --bogus SCENARIO",
        "run SCENARIO --sed 3",
        "run",
        "run SCENARIO SCENARIO",
        "run SCENARIO --replications 0",
        "run SCENARIO --replications two",
        "run SCENARIO --parallel 0",
        "run SCENARIO --parallel two",
        "run SCENARIO --seed 1.5",
        "run SCENARIO --verbosity loud",
        "runn SCENARIO",
    ];

    [Theory]
    [MemberData(nameof(UsageErrors))]
    public void A_wrong_command_line_exits_2_and_runs_nothing(string commandLine)
    {
        using var folder = new TempFolder();
        var scenario = Factorytwin.Example("mm3-station.json");
        string[] args = [.. commandLine.Split(' ').Select(a => a == "SCENARIO" ? scenario : a), "--out", folder["out"]];

        var result = Factorytwin.Run(args);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.StartsWith("factorytwin: ", result.Errors, StringComparison.Ordinal);
        AssertNoStackTrace(result);
        Assert.False(Directory.Exists(folder["out"]), "the run went ahead");
    }

    [Fact]
    public void Run_help_exits_0_and_lists_the_options()
    {
        var result = Factorytwin.Run("run", "--help");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("--seed", result.Output, StringComparison.Ordinal);
        Assert.Contains("--replications", result.Output, StringComparison.Ordinal);
        Assert.Contains("--out", result.Output, StringComparison.Ordinal);
        Assert.Contains("--trace", result.Output, StringComparison.Ordinal);
        Assert.Equal("", result.Errors);
    }

    private static void AssertNoStackTrace(CliResult result)
    {
        Assert.DoesNotContain("   at ", result.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Output, StringComparison.Ordinal);
    }
}
