using System.Diagnostics;
using System.Text.Json.Nodes;
using FactoryTwin.Cli.Tests.Support;

namespace FactoryTwin.Cli.Tests.Run;

/// <summary>
/// Inputs that once hung, crashed or exhausted memory: each now ends in one clean line and exit 1 (or 2 for the
/// command line), or in a run that completes; never a hang (every case has a time bound), never a stack trace.
/// </summary>
public sealed class HostileInputTests
{
    [Theory]
    [InlineData("inputBufferCapacity", 1)]
    [InlineData("outputBufferCapacity", 1)]
    [InlineData("outputBufferCapacity", 0)]
    public void A_buffer_that_holds_nothing_is_refused(string field, int station)
    {
        using var folder = new TempFolder();
        var file = Variant(folder, "mm3-station.json", s => s["stations"]![station]![field] = 0);

        var result = Bounded("validate", file);

        AssertOneLine(result, 1, $"{file}: $.stations[{station}].{field}: must be at least 1 (got 0)");
    }

    [Fact]
    public void A_map_that_is_a_pipe_a_device_a_folder_or_too_big_is_refused_without_reading_it()
    {
        using var folder = new TempFolder();
        var fifo = folder["pipe.map"];
        using (var mkfifo = Process.Start("mkfifo", fifo))
            mkfifo.WaitForExit();
        File.WriteAllText(folder["huge.map"], "type octile\nheight 3000\nwidth 3000\nmap\n" + string.Concat(Enumerable.Repeat(new string('.', 3000) + "\n", 3000)));
        File.WriteAllText(folder["claims-huge.map"], "type octile\nheight 3000\nwidth 3000\nmap\n...\n");

        foreach (var (map, problem) in new[]
        {
            (fifo, "is empty, or is not a regular file (a device, a pipe or a file of the system)"),
            ("/dev/zero", "is empty, or is not a regular file (a device, a pipe or a file of the system)"),
            (folder.Path, "is a folder, not a file"),
            (folder["huge.map"], "is 8 MB; it may be at most 4 MB"),
            (folder["claims-huge.map"], "is 3000 × 3000 = 9000000 cells; a map may have at most 4194304 (2048 × 2048)"),
        })
        {
            var file = Variant(folder, "warehouse.json", s => s["layout"]!["grid"]!["mapFile"] = map);
            var result = Bounded("validate", file);
            AssertOneLine(result, 1, $"{file}: $.layout.grid.mapFile: the map file '{map}' {problem}");
        }
    }

    [Fact]
    public void A_map_path_to_another_file_quotes_only_its_first_line_and_a_nul_byte_is_a_bad_cell()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder["other.txt"], "first line of a private file\nsecond line, also private\nthird\nfourth\n");
        var map = File.ReadAllLines(Path.Combine(RepositoryPaths.Scenarios, "maps", "warehouse-10-20-10-2-1.map"));
        map[10] = "\0" + map[10][1..];
        File.WriteAllText(folder["nul.map"], string.Join("\n", map) + "\n");

        var other = Bounded("validate", Variant(folder, "warehouse.json", s => s["layout"]!["grid"]!["mapFile"] = folder["other.txt"]));
        var nul = Bounded("validate", Variant(folder, "warehouse.json", s => s["layout"]!["grid"]!["mapFile"] = folder["nul.map"]));

        AssertOneLine(other, 1, null);
        Assert.Contains("'first line of a private file' on its line 1", other.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("second", other.Errors, StringComparison.Ordinal);
        AssertOneLine(nul, 1, null);
        Assert.Contains("row 6 (its line 11) has '?' at column 0", nul.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void A_scenario_file_that_is_a_pipe_is_refused_without_reading_it()
    {
        using var folder = new TempFolder();
        var fifo = folder["scenario.json"];
        using (var mkfifo = Process.Start("mkfifo", fifo))
            mkfifo.WaitForExit();

        var result = Bounded("validate", fifo);

        AssertOneLine(result, 1, $"{fifo}: $: is empty, or is not a regular file (a device, a pipe or a file of the system)");
    }

    [Fact]
    public void Releases_too_fast_or_too_many_and_lanes_too_short_are_refused_with_the_bound()
    {
        using var folder = new TempFolder();
        var fast = Variant(folder, "mm3-station.json", s => s["demand"]![0]!["interarrivalTime"] = JsonNode.Parse("""{"exponential": {"meanSeconds": 1e-300}}"""));
        var many = Variant(folder, "mm3-station.json", s => s["run"]!["durationSeconds"] = 1e9);
        var lane = Variant(folder, "job-shop.json", s => s["layout"]!["graph"]!["edges"]![0]!["lengthMeters"] = 1e-300);
        var conwip = Variant(folder, "penny-fab-one.json", s => s["demand"]![0]!["conwip"] = int.MaxValue);

        AssertOneLine(Bounded("validate", fast), 1,
            $"{fast}: $.demand[0].interarrivalTime: must have a mean of at least 0.001 s (a thousand jobs a second), or jobs would be released all but endlessly at one instant (got a mean of 1E-300 s)");
        AssertOneLine(Bounded("validate", many), 1,
            $"{many}: $.demand[0].interarrivalTime: would release about 4E+07 jobs in one replication of 1000000000 s; at most 10000000 are simulated: shorten run.durationSeconds or release less often");
        AssertOneLine(Bounded("validate", lane), 1, $"{lane}: $.layout.graph.edges[0]: is 1E-300 m long; a lane is at least 1 mm (0.001 m) long");
        AssertOneLine(Bounded("validate", conwip), 1, $"{conwip}: $.demand[0].conwip: must be at most 1000000 (got 2147483647)");
    }

    [Fact]
    public void Work_that_takes_no_time_and_never_ends_stops_the_run_with_exit_3_and_says_so()
    {
        using var folder = new TempFolder();
        var zero = Variant(folder, "penny-fab-one.json", s =>
        {
            foreach (var station in s["stations"]!.AsArray().Where(st => st!["processTime"] is not null))
                station!["processTime"] = 0;
        });

        var result = Bounded("run", zero, "-r", "1", "-o", folder["out"]);

        AssertOneLine(result, 3, "factorytwin: The simulation failed: The simulation made no progress in time: 10,000,000 events at t=0 s without the clock moving on.");
    }

    [Fact]
    public void A_heavy_tail_that_overflows_to_infinity_is_a_very_long_time_not_a_crash()
    {
        // Weibull with shape 0.001: a third of the samples are beyond 10⁹ s, many overflow to infinity.
        using var folder = new TempFolder();
        var file = Variant(folder, "mm3-station.json", s => s["stations"]![1]!["processTime"] = JsonNode.Parse("""{"weibull": {"shape": 0.001, "scaleSeconds": 60}}"""));

        var result = Bounded("run", file, "-r", "1", "-o", folder["out"]);

        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData("1e400")]
    public void A_setting_that_is_not_a_JSON_number_is_a_usage_error(string value)
    {
        var result = Bounded("sweep", Factorytwin.Example("mm3-station.json"), "--set", $"stations[1].machines={value}");

        AssertOneLine(result, 2, $"factorytwin: --set '{value}' is not a value a scenario can hold: NaN and infinities are not JSON numbers.");
    }

    [Fact]
    public void A_whole_number_too_long_for_64_bits_is_checked_like_any_other_value()
    {
        var result = Bounded("sweep", Factorytwin.Example("mm3-station.json"), "--set", "stations[1].machines=123456789012345678901");

        AssertOneLine(result, 1, null);
        Assert.EndsWith("$.stations[1].machines: is too large (got 1.2345678901234568E+20)\n", result.Errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("run x.json --replications abc", "factorytwin: --replications: 'abc' is not a whole number.")]
    [InlineData("run x.json -p many", "factorytwin: --parallel: 'many' is not a whole number.")]
    [InlineData("rnu x.json", "factorytwin: Unrecognized command or argument 'rnu'; did you mean 'run'?")]
    [InlineData("valdiate x.json", "factorytwin: Unrecognized command or argument 'valdiate'; did you mean 'validate'?")]
    [InlineData("run x.json --replicatons 2", "factorytwin: Unrecognized command or argument '--replicatons'; did you mean '--replications'?")]
    [InlineData("report folder --output r.html", "factorytwin: Unrecognized command or argument '--output'; did you mean '--out'?")]
    public void A_mistyped_command_line_says_what_is_wrong_and_what_was_meant_with_exit_2(string line, string first)
    {
        var result = Bounded(line.Split(' '));

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.StartsWith(first + "\n", result.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", result.Errors, StringComparison.Ordinal);
    }

    /// <summary>Runs factorytwin in-process, failing the test if it does not end within a minute (a hang).</summary>
    private static CliResult Bounded(params string[] args)
    {
        var run = Task.Run(() => Factorytwin.Run(args));
        Assert.True(run.Wait(TimeSpan.FromSeconds(60)), $"factorytwin {string.Join(' ', args)} did not end within 60 s");
        return run.Result;
    }

    private static void AssertOneLine(CliResult result, int exitCode, string? start)
    {
        Assert.True(result.ExitCode == exitCode, result.ToString());
        Assert.Single(result.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        if (start is not null)
            Assert.StartsWith(start, result.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", result.Errors, StringComparison.Ordinal);
    }

    /// <summary>A copy of an example changed by <paramref name="change"/>; its map, if any, found where the example's is.</summary>
    private static string Variant(TempFolder folder, string example, Action<JsonNode> change)
    {
        var root = JsonNode.Parse(File.ReadAllText(Factorytwin.Example(example)))!;
        root["run"]!["replications"] = 1;
        if (root["layout"]?["grid"]?["mapFile"] is { } map)
            root["layout"]!["grid"]!["mapFile"] = Path.Combine(RepositoryPaths.Scenarios, map.GetValue<string>());
        change(root);
        var path = folder[$"{Path.GetFileNameWithoutExtension(example)}-{Guid.NewGuid():N}.json"];
        File.WriteAllText(path, root.ToJsonString());
        return path;
    }
}
