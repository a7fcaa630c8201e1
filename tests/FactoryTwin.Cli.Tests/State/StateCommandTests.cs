using System.Text.Json;
using FactoryTwin.Cli.Tests.Support;
using Json.Schema;

namespace FactoryTwin.Cli.Tests.State;

/// <summary>factorytwin state: the factory at a time of any replication as a versioned JSON document, the same bytes every time.</summary>
public sealed class StateCommandTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromFile(Path.Combine(RepositoryPaths.Root, "docs", "state.schema.json"));

    [Fact]
    public void The_state_of_the_job_shop_fits_its_schema_and_is_the_same_every_time()
    {
        var first = Factorytwin.Run("state", Factorytwin.Example("job-shop.json"), "--at", "7200.5", "--replication", "2");
        var again = Factorytwin.Run("state", Factorytwin.Example("job-shop.json"), "--at", "7200.5", "--replication", "2");
        var other = Factorytwin.Run("state", Factorytwin.Example("job-shop.json"), "--at", "7200.5", "--replication", "3");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal(first.Output, again.Output);
        Assert.NotEqual(first.Output, other.Output);
        var document = JsonDocument.Parse(first.Output).RootElement;
        var result = Schema.Evaluate(document, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}")));
        Assert.Equal(2, document.GetProperty("replication").GetInt32());
        Assert.Equal(4, document.GetProperty("robots").GetArrayLength()); // the job shop's four robots
        var machines = document.GetProperty("machines").EnumerateArray().Select(m => m.GetProperty("id").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "lathe/1", "mill/1", "drill/1", "drill/2", "inspect/1" }, machines); // the scenario's machines: two drills
    }

    [Fact]
    public void One_element_can_be_asked_for_and_an_unknown_one_or_a_time_outside_the_run_is_a_usage_error()
    {
        var one = Factorytwin.Run("state", Factorytwin.Example("job-shop.json"), "--at", "3600", "--element", "amr-2");
        var unknown = Factorytwin.Run("state", Factorytwin.Example("job-shop.json"), "--at", "3600", "--element", "amr-9");
        var late = Factorytwin.Run("state", Factorytwin.Example("job-shop.json"), "--at", "1e9");

        Assert.True(one.ExitCode == 0, one.ToString());
        var robots = JsonDocument.Parse(one.Output).RootElement.GetProperty("robots");
        Assert.Equal("amr-2", Assert.Single(robots.EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(2, unknown.ExitCode);
        Assert.Equal("factorytwin: --element 'amr-9': nothing in the factory at t=3600 s is called that (robots, machines, buffers and the jobs inside then).", unknown.Errors.Trim());
        Assert.Equal(2, late.ExitCode);
        Assert.Equal("factorytwin: --at must be between 0 and the run's 28800 s (got 1000000000).", late.Errors.Trim());
    }
}
