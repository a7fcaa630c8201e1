using System.Text;
using FactoryTwin.Scenarios;

namespace FactoryTwin.Factory.Tests.Support;

/// <summary>Builds factory plans from scenario JSON written in a test, failing the test with the problems if it is invalid.</summary>
internal static class TestPlans
{
    /// <summary>The plan of <paramref name="json"/>; map files are found in scenarios/ as for the examples.</summary>
    public static FactoryPlan FromJson(string json)
    {
        var loaded = ScenarioLoader.Parse(Encoding.UTF8.GetBytes(json), RepositoryPaths.Scenarios);
        Assert.True(loaded.IsValid, "The test's scenario is invalid:\n" + string.Join("\n", loaded.Problems));
        return loaded.Plan!;
    }

    /// <summary>The plan of an example in scenarios/.</summary>
    public static FactoryPlan Example(string file)
    {
        var loaded = ScenarioLoader.Load(Path.Combine(RepositoryPaths.Scenarios, file));
        Assert.True(loaded.IsValid, string.Join("\n", loaded.Problems));
        return loaded.Plan!;
    }
}
