using System.ComponentModel;

namespace FactoryTwin.Scenarios.Format;

/// <summary>A fleet of identical robots.</summary>
public sealed record FleetSpec
{
    [Description("A unique name; robots are named after it: amr-1, amr-2, ...")]
    public required string Id { get; init; }

    [Description("amr (mobile) or arm (fixed at a station).")]
    public required RobotKind Kind { get; init; }

    [AtLeast(1)]
    [AtMost(100_000)]
    [Description("How many robots.")]
    public required int Count { get; init; }

    [Description("Mobile robots: one start location per robot. Give this or startNear.")]
    public IReadOnlyList<LocationSpec>? Start { get; init; }

    [Description("Mobile robots: start on the free places nearest this location, one robot each. Give this or start.")]
    public LocationSpec? StartNear { get; init; }

    [Description("Arms: the station they serve.")]
    public string? Station { get; init; }

    [GreaterThan(0)]
    [AtMost(100)]
    [Description("Mobile robots: travel speed in metres per second.")]
    public double? SpeedMetersPerSecond { get; init; }

    [AtLeast(0)]
    [AtMost(DistributionKinds.MaxSeconds)]
    [Description("Mobile robots: time to turn 90 degrees on the spot, in seconds; a half turn takes twice as long. Default 0 (turns take no time).")]
    public double? TurnSecondsPer90Degrees { get; init; }

    [AtLeast(1)]
    [AtMost(1000)]
    [Description("Jobs carried at once. Default 1.")]
    public int Payload { get; init; } = 1;

    [AtLeast(0)]
    [AtMost(DistributionKinds.MaxSeconds)]
    [Description("Time to take a job on board, in seconds. Default 0.")]
    public double LoadSeconds { get; init; }

    [AtLeast(0)]
    [AtMost(DistributionKinds.MaxSeconds)]
    [Description("Time to put a job down, in seconds. Default 0.")]
    public double UnloadSeconds { get; init; }

    [Description("Mobile robots: the battery. Default: unlimited energy.")]
    public BatterySpec? Battery { get; init; }

    [Description("Mobile robots: breakdowns of each robot (time between failures and repair time, as distributions). A robot that breaks down holds its node until it is repaired, with its load; with handOver, the task it was on its way to goes to another robot. Default: robots never break down.")]
    public RobotFailureSpec? Failures { get; init; }

    [Description("Mobile robots: parts of every day with fewer robots at work, e.g. [{\"fromHour\": 22, \"toHour\": 6, \"robots\": 10}]. Default: all at work all the time.")]
    public IReadOnlyList<FleetShiftSpec> Shifts { get; init; } = [];

    [Description("The decision policy: a built-in brain by name (greedy or dispatcher), or {\"command\": [\"python3\", \"brain.py\"]} for a program that speaks the brain protocol (docs/brain-protocol.md; relative paths are relative to the scenario's folder). Default greedy.")]
    public BrainSpec Brain { get; init; } = BrainSpec.BuiltIn("greedy");

    [AtLeast(0)]
    [AtMost(DistributionKinds.MaxSeconds)]
    [Description("Simulated time each decision takes, in seconds. Default 0.")]
    public double DecisionLatencySeconds { get; init; }

    [Description("What the robots perceive of each other.")]
    public SensorSpec Sensors { get; init; } = new();
}
