using System.Text;
using FactoryTwin.Experiments.Running;
using FactoryTwin.Factory.World;
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

    /// <summary>Runs replication 1 of the scenario <paramref name="json"/>: its plan, every state change, and its metrics by name.</summary>
    public static (FactoryPlan Plan, StateHistory History, Dictionary<string, double> Metrics) Run(string json)
    {
        var plan = FromJson(json);
        var history = new StateHistory();
        var metrics = ReplicationRunner.Run(plan, 0, [history]).Metrics.ToDictionary(m => m.Name, m => m.Value);
        return (plan, history, metrics);
    }

    /// <summary>One robot (fleet <c>amr</c>, 1 m/s, on T) shuttling on the one lane T – X, 1 m long, one job at a time (CONWIP 1): a round trip of 2 s, 1,800 jobs an hour.</summary>
    /// <param name="robot">More fields of the fleet, each starting with a comma.</param>
    /// <param name="disruptions">The scenario's disruptions, or empty.</param>
    public static string Shuttle(double durationSeconds, int seed, string robot = "", string disruptions = "") => $$"""
        {
          "formatVersion": 1, "name": "shuttle", "seed": {{seed}},
          "run": { "durationSeconds": {{durationSeconds}} },
          "layout": { "graph": {
            "nodes": [ { "id": "T", "xMeters": 0, "yMeters": 0 }, { "id": "X", "xMeters": 1, "yMeters": 0 } ],
            "edges": [ { "from": "T", "to": "X" } ] } },
          "stations": [ { "id": "in", "kind": "source", "location": "T" }, { "id": "out", "kind": "sink", "location": "X" } ],
          "products": [ { "id": "p", "routing": [ { "station": "in" }, { "station": "out" } ] } ],
          "demand": [ { "product": "p", "conwip": 1 } ],
          "robots": [ { "id": "amr", "kind": "amr", "count": 1, "start": [ "T" ], "speedMetersPerSecond": 1 {{robot}} } ],
          "disruptions": [ {{disruptions}} ]
        }
        """;
}
