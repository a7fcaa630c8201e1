using FactoryTwin.Cli.Tests.Support;

namespace FactoryTwin.Cli.Tests.Run;

/// <summary><c>compare --shard i/N</c> on several machines, then <c>merge</c>: the same bytes as the comparison run on one.</summary>
public sealed class CompareShardTests
{
    [Fact]
    public void Two_shards_of_a_comparison_merge_into_the_bytes_of_one_machine()
    {
        using var folder = new TempFolder();
        string[] compare = ["compare", Factorytwin.Example("mm3-station.json"), "--variant", "four:stations[1].machines=4", "-r", "4", "-p", "1"];

        var whole = Factorytwin.Run([.. compare, "-o", folder["whole"]]);
        var first = Factorytwin.Run([.. compare, "--shard", "1/2", "-o", folder["shard-1"]]);
        var second = Factorytwin.Run([.. compare, "--shard", "2/2", "-o", folder["shard-2"]]);
        var merged = Factorytwin.Run("merge", folder["shard-1"], folder["shard-2"], "-o", folder["merged"]);

        Assert.All(new[] { whole, first, second, merged }, r => Assert.True(r.ExitCode == 0, r.ToString()));
        Assert.Contains("(shard 1/2:", first.Output, StringComparison.Ordinal);
        Assert.Contains("Merged 8 of 8 runs", merged.Output, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(folder["whole/compare.json"]), File.ReadAllBytes(folder["merged/compare.json"]));
        Assert.Equal(File.ReadAllBytes(folder["whole/compare.csv"]), File.ReadAllBytes(folder["merged/compare.csv"]));
    }

    [Fact]
    public void A_shard_that_is_not_i_of_N_is_a_usage_error()
    {
        var result = Factorytwin.Run("compare", Factorytwin.Example("mm3-station.json"), "--variant", "four:stations[1].machines=4", "--shard", "3/2");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--shard must be i/N with 1 <= i <= N (got '3/2')", result.Errors, StringComparison.Ordinal);
    }
}
