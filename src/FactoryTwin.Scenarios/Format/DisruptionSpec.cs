using System.ComponentModel;

namespace FactoryTwin.Scenarios.Format;

/// <summary>Something that happens to the factory over a window of time: planned maintenance of a station, or a surge of demand.</summary>
public sealed record DisruptionSpec
{
    [Description("maintenance (a machine station's machines are down) or surge (a product's arrivals come faster or slower).")]
    public required DisruptionKind Kind { get; init; }

    [Description("maintenance: the machine station.")]
    public string? Station { get; init; }

    [Description("surge: the product, whose demand has an interarrivalTime. Default: every product that has one.")]
    public string? Product { get; init; }

    [AtLeast(0)]
    [AtMost(DistributionKinds.MaxSeconds)]
    [Description("When it starts, in seconds from the start of the run.")]
    public required double FromSeconds { get; init; }

    [GreaterThan(0)]
    [AtMost(DistributionKinds.MaxSeconds)]
    [Description("How long it lasts, in seconds.")]
    public required double DurationSeconds { get; init; }

    [GreaterThan(0)]
    [AtMost(1000)]
    [Description("surge (required): how many times as often arrivals come over the window (0.5 halves them).")]
    public double? RateMultiplier { get; init; }
}
