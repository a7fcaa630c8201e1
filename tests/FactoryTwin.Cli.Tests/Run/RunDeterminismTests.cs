using FactoryTwin.Cli.Tests.Support;

namespace FactoryTwin.Cli.Tests.Run;

/// <summary>The same scenario and seed give the same metrics files, byte for byte, however many replications run at once.</summary>
public sealed class RunDeterminismTests
{
    [Theory]
    [InlineData("mm3-station.json")]
    [InlineData("job-shop.json")]
    public void The_same_scenario_and_seed_twice_give_identical_metrics_files(string scenario)
    {
        using var folder = new TempFolder();

        var first = Factorytwin.Run("run", Factorytwin.Example(scenario), "--replications", "2", "--out", folder["first"]);
        var second = Factorytwin.Run("run", Factorytwin.Example(scenario), "--replications", "2", "--out", folder["second"]);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal(File.ReadAllBytes(folder["first/metrics.json"]), File.ReadAllBytes(folder["second/metrics.json"]));
        Assert.Equal(File.ReadAllBytes(folder["first/metrics.csv"]), File.ReadAllBytes(folder["second/metrics.csv"]));
    }

    [Fact]
    public void One_or_two_replications_at_once_give_identical_metrics()
    {
        using var folder = new TempFolder();

        var one = Factorytwin.Run("run", Factorytwin.Example("job-shop.json"), "--replications", "2", "--parallel", "1", "--out", folder["one"]);
        var two = Factorytwin.Run("run", Factorytwin.Example("job-shop.json"), "--replications", "2", "--parallel", "2", "--out", folder["two"]);

        Assert.True(one.ExitCode == 0, one.ToString());
        Assert.True(two.ExitCode == 0, two.ToString());
        Assert.Equal(File.ReadAllBytes(folder["one/metrics.json"]), File.ReadAllBytes(folder["two/metrics.json"]));
        Assert.Equal(File.ReadAllBytes(folder["one/metrics.csv"]), File.ReadAllBytes(folder["two/metrics.csv"]));
    }

    [Fact]
    public void A_different_seed_gives_different_metrics()
    {
        using var folder = new TempFolder();

        var scenarioSeed = Factorytwin.Run("run", Factorytwin.Example("mm3-station.json"), "--replications", "2", "--out", folder["one"]);
        var otherSeed = Factorytwin.Run("run", Factorytwin.Example("mm3-station.json"), "--replications", "2", "--seed", "2", "--out", folder["two"]);

        Assert.True(scenarioSeed.ExitCode == 0, scenarioSeed.ToString());
        Assert.True(otherSeed.ExitCode == 0, otherSeed.ToString());
        var a = File.ReadAllText(folder["one/metrics.json"]);
        var b = File.ReadAllText(folder["two/metrics.json"]);
        Assert.NotEqual(a, b);
        Assert.Contains("\"seed\": 1,", a, StringComparison.Ordinal);
        Assert.Contains("\"seed\": 2,", b, StringComparison.Ordinal);
        // Not only the header: the measured values differ too.
        Assert.NotEqual(File.ReadAllLines(folder["one/metrics.csv"])[1], File.ReadAllLines(folder["two/metrics.csv"])[1]);
    }
}
