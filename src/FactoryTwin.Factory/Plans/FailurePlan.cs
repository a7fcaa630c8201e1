using FactoryTwin.Des.Randomness;

namespace FactoryTwin.Factory.Plans;

/// <summary>Breakdowns of each machine, or of each robot of a fleet: time between failures (from the end of a repair) and repair time, in seconds.</summary>
/// <param name="HandOver">Robots only: a task a robot has taken but not picked up goes back to the open tasks when it breaks down.</param>
public sealed record FailurePlan(IDistribution TimeBetweenFailures, IDistribution RepairTime, bool HandOver = false);
