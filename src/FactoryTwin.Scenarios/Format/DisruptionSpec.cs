using System.ComponentModel;

namespace FactoryTwin.Scenarios.Format;

/// <summary>Something that happens to the factory over a window of time: planned maintenance of a station, a surge of demand, or a node or lane of the layout closed (over a fixed window, or over random windows again and again).</summary>
public sealed record DisruptionSpec
{
    [Description("maintenance (a machine station's machines are down), surge (a product's arrivals come faster or slower) or closure (a node or a lane of the layout is closed to robots).")]
    public required DisruptionKind Kind { get; init; }

    [Description("maintenance: the machine station.")]
    public string? Station { get; init; }

    [Description("surge: the product, whose demand has an interarrivalTime. Default: every product that has one.")]
    public string? Product { get; init; }

    [Description("closure: the node closed (a node id, or a cell [x, y] of a grid): no robot enters it over the window. Give this or lane.")]
    public LocationSpec? Location { get; init; }

    [Description("closure: the lane closed, as its two ends (node ids or cells, joined by a lane): no robot starts along it, either way, over the window. Give this or location.")]
    public IReadOnlyList<LocationSpec>? Lane { get; init; }

    [AtLeast(0)]
    [AtMost(DistributionKinds.MaxSeconds)]
    [Description("When it starts, in seconds from the start of the run. Required, but for random closures (timeBetween and closedTime), where it is when the first time between them starts, default 0.")]
    public double? FromSeconds { get; init; }

    [GreaterThan(0)]
    [AtMost(DistributionKinds.MaxSeconds)]
    [Description("How long it lasts, in seconds. Required, but for random closures.")]
    public double? DurationSeconds { get; init; }

    [Description("closure, random windows: the time it stays open between closures (from fromSeconds, then from each reopening), a distribution. Give it with closedTime, instead of durationSeconds.")]
    public DistributionSpec? TimeBetween { get; init; }

    [Description("closure, random windows: the time each closure lasts, a distribution. Give it with timeBetween.")]
    public DistributionSpec? ClosedTime { get; init; }

    [GreaterThan(0)]
    [AtMost(1000)]
    [Description("surge (required): how many times as often arrivals come over the window (0.5 halves them).")]
    public double? RateMultiplier { get; init; }
}
