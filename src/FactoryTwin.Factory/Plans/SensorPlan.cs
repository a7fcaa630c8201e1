namespace FactoryTwin.Factory.Plans;

/// <summary>What a robot sees of other robots: within a range, as of a latency, with position noise.</summary>
public sealed record SensorPlan(double RangeMeters, double LatencySeconds, double PositionNoiseMeters);
