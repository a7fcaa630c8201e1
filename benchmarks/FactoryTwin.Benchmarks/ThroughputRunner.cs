using System.Diagnostics;
using System.Text.Json;
using FactoryTwin.Benchmarks.Models;

namespace FactoryTwin.Benchmarks;

/// <summary>Times a model and prints one JSON line per run: events per second, memory, allocation.</summary>
/// <remarks>
/// The hold model is timed against the raw-heap floor in the same process, run after run, so its line carries the
/// ratio of the two measured under the same conditions (machine load, clock speed, runtime).
/// </remarks>
internal static class ThroughputRunner
{
    private static readonly RawHeapModel Floor = new();
    private static readonly IThroughputModel[] Models = [new HoldModel(), new Mm1Model(), Floor];

    public static IReadOnlyList<string> ModelNames => [.. Models.Select(m => m.Name)];

    public static void Run(string modelName, int processes, long events, int repeat, TextWriter output)
    {
        var model = Models.Single(m => m.Name == modelName);
        var compareToFloor = model is HoldModel;
        // Short runs first, so tiered compilation has optimised the hot path before the clock starts.
        for (var i = 0; i < 3; i++)
        {
            model.Run(processes, Math.Max(events / 10, 10_000), seed: 1);
            if (compareToFloor)
                Floor.Run(processes, Math.Max(events / 10, 10_000), seed: 1);
        }
        for (var i = 0; i < repeat; i++)
        {
            var measured = Measure(model, processes, events, seed: 42 + i);
            var fields = Fields(model.Name, processes, measured);
            if (compareToFloor)
            {
                var floor = Measure(Floor, processes, events, seed: 42 + i);
                var floorRate = floor.Run.Events / floor.Seconds;
                fields["raw_heap_events_per_sec"] = Math.Round(floorRate);
                fields["ratio_to_raw_heap"] = Math.Round(measured.Run.Events / measured.Seconds / floorRate, 3);
            }
            output.WriteLine(JsonSerializer.Serialize(fields));
        }
    }

    private static Measurement Measure(IThroughputModel model, int processes, long events, long seed)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var run = model.Run(processes, events, seed);
        var seconds = clock.Elapsed.TotalSeconds;
        return new Measurement(run, seconds, GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore);
    }

    private static Dictionary<string, object> Fields(string model, int processes, Measurement m)
    {
        var fields = new Dictionary<string, object>
        {
            ["model"] = model,
            ["processes"] = processes,
            ["events"] = m.Run.Events,
            ["seconds"] = Math.Round(m.Seconds, 4),
            ["events_per_sec"] = Math.Round(m.Run.Events / m.Seconds),
        };
        if (m.Run.Customers > 0)
            fields["customers_per_sec"] = Math.Round(m.Run.Customers / m.Seconds);
        fields["bytes_per_event"] = Math.Round((double)m.AllocatedBytes / m.Run.Events, 1);
        fields["peak_mb"] = Math.Round(Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0), 1);
        return fields;
    }

    private readonly record struct Measurement(ModelRun Run, double Seconds, long AllocatedBytes);
}
