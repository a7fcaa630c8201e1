namespace FactoryTwin.Factory.Plans;

/// <summary>What a robot senses: other robots within a range, as of a latency, with position noise; its own battery, with noise.</summary>
public sealed record SensorPlan(double RangeMeters, double LatencySeconds, double PositionNoiseMeters, double BatteryNoisePercent);
