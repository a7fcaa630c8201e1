using System.Text.Json.Nodes;
using FactoryTwin.Experiments.Design;
using FactoryTwin.Experiments.Tests.Support;

namespace FactoryTwin.Experiments.Tests.Design;

public sealed class SettingTests
{
    [Theory]
    [InlineData("robots[0].count=10..40:10", new[] { "10", "20", "30", "40" })]
    [InlineData("stations[1].machines=1,2", new[] { "1", "2" })]
    [InlineData("run.warmupSeconds=0.5..1.5:0.5", new[] { "0.5", "1", "1.5" })]
    [InlineData("robots[0].brain=greedy,dispatcher", new[] { "\"greedy\"", "\"dispatcher\"" })]
    [InlineData("robots[0].count=3..5", new[] { "3", "4", "5" })]
    public void A_setting_expands_to_one_value_per_list_item_or_range_step(string text, string[] values)
    {
        var settings = SettingParser.Parse(text, out var problem);

        Assert.Null(problem);
        Assert.Equal(values, settings!.Select(s => s.Value!.ToJsonString()));
    }

    [Theory]
    [InlineData("robots[0].count", "'robots[0].count' must be PATH=VALUES")]
    [InlineData("robots[x].count=1", "'robots[x].count' has an index that is not [N]")]
    [InlineData("robots[0].count=40..10", "'40..10' must be a range FROM..TO:STEP")]
    [InlineData("robots[0].count=1..9:0", "'1..9:0' must be a range FROM..TO:STEP")]
    public void A_malformed_setting_says_what_is_wrong(string text, string start)
    {
        var settings = SettingParser.Parse(text, out var problem);

        Assert.Null(settings);
        Assert.StartsWith(start, problem);
    }

    [Fact]
    public void A_setting_changes_the_scenario_which_is_then_checked_like_a_file()
    {
        using var folder = new TemporaryFolder();
        var file = folder.Write("line.json", Lines.ThreeStations(1, 2, 1, wip: 4));

        var (changed, _) = Alternatives.Build("more", file, [new Setting("stations[2].machines", JsonValue.Create(3))]);
        var (broken, problems) = Alternatives.Build("none", file, [new Setting("stations[2].machines", JsonValue.Create(0))]);
        var (missing, missingProblems) = Alternatives.Build("far", file, [new Setting("stations[9].machines", JsonValue.Create(2))]);

        Assert.Equal(3, changed!.Plan.Stations[2].Machines);
        Assert.Null(broken);
        Assert.StartsWith($"{file} with stations[2].machines=0: $.stations[2].machines: must be at least 1 (got 0)", problems[0]);
        Assert.Null(missing);
        Assert.Equal($"{file}: far: stations[9].machines=2: $.stations[9]: the list has 5 entries", missingProblems[0]);
    }

    [Fact]
    public void Fewer_robots_than_the_start_list_start_from_its_first_places_and_more_are_refused_with_what_to_do()
    {
        var file = Path.Combine(RepositoryPaths.Scenarios, "job-shop.json"); // 4 robots starting at bay-1 to bay-4

        var (fewer, _) = Alternatives.Build("two", file, [new Setting("robots[0].count", JsonValue.Create(2))]);
        var (more, problems) = Alternatives.Build("six", file, [new Setting("robots[0].count", JsonValue.Create(6))]);

        var layout = fewer!.Plan.Layout!;
        Assert.Equal(["bay-1", "bay-2"], fewer.Plan.Fleets[0].StartNodes.Select(n => layout.Nodes[n].Id));
        Assert.Null(more);
        Assert.Equal($"{file}: six: robots[0].count=6: the fleet starts from a list of 4 places, fewer than 6 robots: list more places, or give the fleet startNear instead (its robots start on the free places nearest it, as many as it has)", Assert.Single(problems));
    }
}
