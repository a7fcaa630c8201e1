using System.ComponentModel;

namespace FactoryTwin.Scenarios.Format;

/// <summary>A robot's battery: it drains with distance and time and is recharged at chargers.</summary>
public sealed record BatterySpec
{
    [GreaterThan(0)]
    [Description("Energy when full, in watt-hours.")]
    public required double CapacityWattHours { get; init; }

    [AtLeast(0)]
    [Description("Energy used per metre driven, in watt-hours.")]
    public double DrainWattHoursPerMeter { get; init; }

    [AtLeast(0)]
    [Description("Power drawn all the time (electronics, sensors), in watts.")]
    public double IdleWatts { get; init; }

    [GreaterThan(0)]
    [Description("Charging power at a charger, in watts.")]
    public required double ChargeWatts { get; init; }

    [AtLeast(0)]
    [AtMost(100)]
    [Description("Below this charge, in percent, the robot goes to charge. Default 20.")]
    public double ChargeThresholdPercent { get; init; } = 20;

    [GreaterThan(0)]
    [AtMost(100)]
    [Description("Charge at the start, in percent. Default 100.")]
    public double InitialPercent { get; init; } = 100;
}
