using FactoryTwin.Des.Randomness;

namespace FactoryTwin.Factory.Plans;

/// <summary>A station: its kind, where it stands, its machines, their times and breakdowns, and its buffers.</summary>
/// <param name="Node">The layout node it stands on, or -1 without a layout.</param>
/// <param name="InputCapacity">Jobs that can wait before the machines; <see cref="int.MaxValue"/> for unlimited.</param>
/// <param name="OutputCapacity">Finished jobs that can wait to move on; <see cref="int.MaxValue"/> for unlimited.</param>
/// <param name="WhenFull">Whether a job that finds no room waits or is lost.</param>
/// <param name="BalkProbability">The chance that a job sent here while every machine is busy leaves instead (balks).</param>
/// <param name="Operator">What each machine needs of a crew of operators, or null.</param>
/// <param name="BatchSize">Jobs a machine processes together; it waits for a full batch.</param>
/// <param name="Conveyor">A conveyor's belt; null for other stations.</param>
/// <param name="Maintenance">Windows of planned maintenance, in order: every machine is down over each.</param>
/// <param name="Shifts">Parts of every day with fewer machines at work.</param>
public sealed record StationPlan(
    int Index,
    string Id,
    StationKind Kind,
    int Node,
    int Machines,
    IDistribution ProcessTime,
    IDistribution? SetupTime,
    FailurePlan? Failures,
    int InputCapacity,
    int OutputCapacity,
    WhenFull WhenFull = WhenFull.Wait,
    double BalkProbability = 0,
    OperatorNeed? Operator = null,
    int BatchSize = 1,
    ConveyorPlan? Conveyor = null,
    IReadOnlyList<TimeWindow>? Maintenance = null,
    IReadOnlyList<ShiftPlan>? Shifts = null);
