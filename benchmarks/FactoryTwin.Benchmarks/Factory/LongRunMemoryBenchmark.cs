using System.Diagnostics;
using System.Text.Json;
using FactoryTwin.Experiments.Running;
using FactoryTwin.Scenarios;

namespace FactoryTwin.Benchmarks.Factory;

/// <summary>Whether a long run keeps only its work in progress: one replication of the M/M/3 station made long enough to release N jobs.</summary>
/// <remarks>
/// Prints the peak working set of the process (run each size in a process of its own: the peak never goes down) and
/// the managed heap after a full collection at the end. Memory that grows with N is memory kept per job ever released.
/// </remarks>
internal static class LongRunMemoryBenchmark
{
    public static void Run(string scenarioPath, long jobs, TextWriter output)
    {
        var loaded = ScenarioLoader.Load(scenarioPath);
        if (!loaded.IsValid)
            throw new InvalidOperationException(string.Join(Environment.NewLine, loaded.Problems));
        var plan = loaded.Plan!;
        var gap = plan.Demand[0].Interarrival?.Mean ?? throw new InvalidOperationException("The scenario's first demand needs an inter-arrival time.");
        plan = plan with { Run = plan.Run with { DurationSeconds = jobs * gap, WarmupSeconds = 0 } };
        var clock = Stopwatch.StartNew();
        var result = ReplicationRunner.Run(plan, 0);
        var seconds = clock.Elapsed.TotalSeconds;
        var started = result.Metrics.Single(m => m.Name == "jobs.started").Value;
        GC.Collect();
        output.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["model"] = "long-run-memory",
            ["scenario"] = Path.GetFileName(scenarioPath),
            ["jobs_released"] = started,
            ["wall_seconds"] = Math.Round(seconds, 2),
            ["peak_working_set_mb"] = Math.Round(Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0, 1),
            ["heap_after_mb"] = Math.Round(GC.GetTotalMemory(forceFullCollection: true) / 1048576.0, 1),
        }));
    }
}
