using FactoryTwin.Des.Randomness;

namespace FactoryTwin.Factory.Plans;

/// <summary>Breakdowns of each machine, or of each robot of a fleet: time between failures (from the end of a repair) and repair time, in seconds.</summary>
public sealed record FailurePlan(IDistribution TimeBetweenFailures, IDistribution RepairTime);
