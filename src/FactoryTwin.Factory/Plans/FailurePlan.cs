using FactoryTwin.Des.Randomness;

namespace FactoryTwin.Factory.Plans;

/// <summary>Breakdowns of each machine: working time between failures and repair time, in seconds.</summary>
public sealed record FailurePlan(IDistribution TimeBetweenFailures, IDistribution RepairTime);
