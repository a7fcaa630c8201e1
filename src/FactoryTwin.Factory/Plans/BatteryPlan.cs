namespace FactoryTwin.Factory.Plans;

/// <summary>A robot battery: capacity, drain with distance and with time, charging power, charge threshold and initial charge.</summary>
public sealed record BatteryPlan(
    double CapacityWattHours,
    double DrainWattHoursPerMeter,
    double IdleWatts,
    double ChargeWatts,
    double ChargeThresholdPercent,
    double InitialPercent);
