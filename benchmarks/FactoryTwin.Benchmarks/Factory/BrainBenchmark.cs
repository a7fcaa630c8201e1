using System.Diagnostics;
using System.Text.Json;
using FactoryTwin.Experiments.Brains;
using FactoryTwin.Experiments.Running;
using FactoryTwin.Scenarios;

namespace FactoryTwin.Benchmarks.Factory;

/// <summary>What a brain program costs: a scenario's first replication with its built-in brain, then with a program in every fleet's seat, in turns.</summary>
/// <remarks>Prints per round the wall time of each, their ratio, the program's decisions per second over the protocol, and whether the metrics agree.</remarks>
internal static class BrainBenchmark
{
    public static int Run(string scenario, IReadOnlyList<string> command, int rounds, TextWriter output)
    {
        var loaded = ScenarioLoader.Load(scenario);
        if (!loaded.IsValid)
        {
            Console.Error.WriteLine(string.Join(Environment.NewLine, loaded.Problems));
            return 1;
        }
        var builtIn = loaded.Plan!;
        var program = builtIn with
        {
            Fleets = [.. builtIn.Fleets.Select(f => f.Kind == RobotKind.Amr ? f with { Brain = BrainPlan.Program(command, Directory.GetCurrentDirectory()) } : f)],
        };
        ReplicationRunner.Run(builtIn with { Run = builtIn.Run with { DurationSeconds = 600, WarmupSeconds = 0 } }, 0); // warm the JIT
        for (var round = 1; round <= rounds; round++)
        {
            var clock = Stopwatch.StartNew();
            var expected = ReplicationRunner.Run(builtIn, 0);
            var builtInSeconds = clock.Elapsed.TotalSeconds;
            var seat = new BrainSeat(TimeSpan.FromSeconds(10));
            clock.Restart();
            var actual = ReplicationRunner.Run(program, 0, brains: seat);
            var programSeconds = clock.Elapsed.TotalSeconds;
            var decisions = seat.Timings.Sum(t => t.Decisions);
            var brainSeconds = seat.Timings.Sum(t => t.Decisions * t.MeanMilliseconds) / 1000;
            output.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["scenario"] = builtIn.Name,
                ["brain"] = string.Join(' ', command),
                ["round"] = round,
                ["builtin_wall_seconds"] = Math.Round(builtInSeconds, 3),
                ["program_wall_seconds"] = Math.Round(programSeconds, 3),
                ["slowdown"] = Math.Round(programSeconds / builtInSeconds, 2),
                ["decisions"] = decisions,
                ["decisions_per_second"] = Math.Round(decisions / brainSeconds),
                ["mean_ms_per_decision"] = Math.Round(1000 * brainSeconds / decisions, 4),
                ["p95_ms_per_decision"] = Math.Round(seat.Timings.Max(t => t.P95Milliseconds), 4),
                ["same_metrics"] = expected.Metrics.SequenceEqual(actual.Metrics),
            }));
        }
        return 0;
    }

}
