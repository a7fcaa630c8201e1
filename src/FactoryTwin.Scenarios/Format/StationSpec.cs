using System.ComponentModel;

namespace FactoryTwin.Scenarios.Format;

/// <summary>A place where something happens to jobs or robots.</summary>
public sealed record StationSpec
{
    [Description("A unique name.")]
    public required string Id { get; init; }

    [Description("machine, source, sink, storage, charger or conveyor.")]
    public required StationKind Kind { get; init; }

    [Description("Where it stands: a node id of a graph layout, or a cell [x, y] of a grid layout. Required with a layout.")]
    public LocationSpec? Location { get; init; }

    [AtLeast(1)]
    [AtMost(10_000)]
    [Description("Identical machines working in parallel (charging points for a charger). Default 1.")]
    public int Machines { get; init; } = 1;

    [Description("The time to process one job, in seconds (machines; storage and sinks take none by default). Default 0.")]
    public DistributionSpec? ProcessTime { get; init; }

    [Description("The time to set a machine up when the product changes, in seconds. Default: no setups.")]
    public DistributionSpec? SetupTime { get; init; }

    [Description("Random breakdowns of each machine. Default: none.")]
    public FailureSpec? Failures { get; init; }

    [AtLeast(0)]
    [Description("Jobs that can wait before the machines. At least 1, or 0 with whenFull lose (a job is taken only by an idle machine). Default: unlimited.")]
    public int? InputBufferCapacity { get; init; }

    [AtLeast(1)]
    [Description("Finished jobs that can wait to be moved on (at least 1); when full, the machine is blocked. Default: unlimited.")]
    public int? OutputBufferCapacity { get; init; }

    [Description("wait or lose: whether a job sent here that finds the input buffer full (and, with room 0, no idle machine) waits for room or is lost. Default wait.")]
    public WhenFull WhenFull { get; init; } = WhenFull.Wait;

    [AtLeast(0)]
    [AtMost(1)]
    [Description("The chance that a job sent here while every machine is busy balks: it leaves the factory at once, counted as lost. Machine stations. Default 0.")]
    public double BalkProbability { get; init; }

    [AtLeast(1)]
    [AtMost(10_000)]
    [Description("Machine stations: jobs a machine processes together in one process time; it waits until its input buffer holds a full batch (an oven). Default 1.")]
    public int BatchSize { get; init; } = 1;

    [Description("Machine stations: parts of every day with fewer machines at work (shifts, breaks); a machine off shift finishes its job first. Default: all machines always.")]
    public IReadOnlyList<ShiftSpec> Shifts { get; init; } = [];

    [Description("Conveyors (required for them): the belt's length, speed and capacity, and whether jobs accumulate at its end.")]
    public ConveyorSpec? Conveyor { get; init; }

    [Description("Machine stations: each machine needs an operator of a crew for setup, processing or both. Default: none.")]
    public OperatorNeedSpec? NeedsOperator { get; init; }
}
