using System.Diagnostics;
using System.Runtime;
using System.Text.Json;
using FactoryTwin.Experiments.Running;
using FactoryTwin.Scenarios;

namespace FactoryTwin.Benchmarks.Factory;

/// <summary>How replications scale over two workers once the process is warm: no start-up, JIT warm-up or output in the timing.</summary>
/// <remarks>
/// The same replications run one at a time, then two at a time, in each round. Run it with the CLI's collector settings
/// (docs/performance.md gives them as environment variables) to see what the CLI's workers see.
/// </remarks>
internal static class ParallelReplicationsBenchmark
{
    public static void Run(string scenarioPath, int replications, int rounds, TextWriter output)
    {
        var loaded = ScenarioLoader.Load(scenarioPath);
        if (!loaded.IsValid)
            throw new InvalidOperationException(string.Join(Environment.NewLine, loaded.Problems));
        var plan = loaded.Plan!;
        Time(20, 2, r => ReplicationRunner.Run(plan, r)); // warm the JIT
        for (var round = 0; round < rounds; round++)
        {
            var one = Time(replications, 1, r => ReplicationRunner.Run(plan, r));
            var two = Time(replications, 2, r => ReplicationRunner.Run(plan, r));
            output.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["model"] = "parallel-replications",
                ["scenario"] = Path.GetFileName(scenarioPath),
                ["replications"] = replications,
                ["server_gc"] = GCSettings.IsServerGC,
                ["gc_latency_mode"] = GCSettings.LatencyMode.ToString(),
                ["p1_seconds"] = Math.Round(one.Seconds, 3),
                ["p2_seconds"] = Math.Round(two.Seconds, 3),
                ["speedup"] = Math.Round(one.Seconds / two.Seconds, 3),
                ["p1_gc_pause_ms"] = Math.Round(one.PauseMs),
                ["p2_gc_pause_ms"] = Math.Round(two.PauseMs),
                ["p1_full_collections"] = one.FullCollections,
                ["p2_full_collections"] = two.FullCollections,
            }));
        }
    }

    private static (double Seconds, double PauseMs, int FullCollections) Time(int replications, int workers, Action<int> replication)
    {
        GC.Collect();
        var pause = GC.GetTotalPauseDuration();
        var full = GC.CollectionCount(2);
        var clock = Stopwatch.StartNew();
        Parallel.For(0, replications, new ParallelOptions { MaxDegreeOfParallelism = workers }, replication);
        var seconds = clock.Elapsed.TotalSeconds;
        return (seconds, (GC.GetTotalPauseDuration() - pause).TotalMilliseconds, GC.CollectionCount(2) - full);
    }
}
