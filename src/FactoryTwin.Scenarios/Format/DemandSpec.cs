using System.ComponentModel;

namespace FactoryTwin.Scenarios.Format;

/// <summary>How jobs of a product are released, in exactly one way.</summary>
public sealed record DemandSpec
{
    [Description("The product id.")]
    public required string Product { get; init; }

    [Description("Open release: the time between arrivals, in seconds.")]
    public DistributionSpec? InterarrivalTime { get; init; }

    [Description("Open release on a timetable: the arrival times, in seconds from the start.")]
    public IReadOnlyList<double>? ScheduleSeconds { get; init; }

    [AtLeast(1)]
    [AtMost(1_000_000)]
    [Description("Closed release (CONWIP): keep this many jobs in the factory (at most a million); a new one starts when one finishes.")]
    public int? Conwip { get; init; }
}
