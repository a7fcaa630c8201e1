using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using FactoryTwin.Experiments.Running;
using FactoryTwin.Scenarios;

namespace FactoryTwin.Benchmarks.Factory;

/// <summary>The factory benchmark: the warehouse example (MovingAI warehouse-10-20-10-2-1) with N robots for an 8-hour shift.</summary>
/// <remarks>Demand grows with the fleet (one order every 24 × 30 / N seconds), so every robot has about the same work.</remarks>
internal static class WarehouseBenchmark
{
    public static void Run(int robots, double hours, string scenariosFolder, TextWriter output)
    {
        var plan = Plan(robots, hours, scenariosFolder);
        ReplicationRunner.Run(plan with { Run = plan.Run with { DurationSeconds = 600, WarmupSeconds = 0 } }, 0); // warm the JIT
        GC.Collect();
        var clock = Stopwatch.StartNew();
        var result = ReplicationRunner.Run(plan, 0);
        var seconds = clock.Elapsed.TotalSeconds;
        var metric = result.Metrics.ToDictionary(m => m.Name, m => m.Value);
        output.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["model"] = "warehouse",
            ["robots"] = robots,
            ["simulated_hours"] = hours,
            ["wall_seconds"] = Math.Round(seconds, 3),
            ["events"] = result.Events,
            ["events_per_sec"] = Math.Round(result.Events / seconds),
            ["simulated_seconds_per_wall_second"] = Math.Round(hours * 3600 / seconds),
            ["jobs_finished"] = metric["jobs.finished"],
            ["jobs_per_hour"] = Math.Round(metric["throughput.jobsPerHour"], 1),
            ["waiting_traffic_fraction"] = Math.Round(metric["fleet.amr.waitingTrafficFraction"], 3),
            ["peak_mb"] = Math.Round(Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0), 1),
        }));
    }

    private static FactoryPlan Plan(int robots, double hours, string scenariosFolder)
    {
        var json = File.ReadAllText(Path.Combine(scenariosFolder, "warehouse.json"))
            .Replace("\"count\": 30", $"\"count\": {robots}", StringComparison.Ordinal)
            .Replace("\"meanSeconds\": 24", string.Create(CultureInfo.InvariantCulture, $"\"meanSeconds\": {24.0 * 30 / robots}"), StringComparison.Ordinal)
            .Replace("\"durationSeconds\": 28800", string.Create(CultureInfo.InvariantCulture, $"\"durationSeconds\": {hours * 3600}"), StringComparison.Ordinal);
        var loaded = ScenarioLoader.Parse(Encoding.UTF8.GetBytes(json), scenariosFolder);
        if (!loaded.IsValid)
            throw new InvalidOperationException(string.Join(Environment.NewLine, loaded.Problems));
        return loaded.Plan!;
    }
}
