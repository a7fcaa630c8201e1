using System.ComponentModel;

namespace FactoryTwin.Scenarios.Format;

/// <summary>One step of a routing: a station, or a group of interchangeable stations.</summary>
public sealed record RoutingStepSpec
{
    [Description("The station of this step. Give this or stations.")]
    public string? Station { get; init; }

    [Description("Interchangeable stations; a job goes to the one with the fewest jobs waiting. Give this or station.")]
    public IReadOnlyList<string>? Stations { get; init; }

    [Description("The process time of this product at this step, in seconds, instead of the station's.")]
    public DistributionSpec? ProcessTime { get; init; }

    [Description("After this step, send a job back to this or an earlier step with a probability (drawn from the stream rework/PRODUCT/STEP). Default: never.")]
    public ReworkSpec? Rework { get; init; }

    [AtLeast(0)]
    [AtMost(1)]
    [Description("After this step, the chance that a job is scrapped: it leaves the factory, counted (drawn from the stream scrap/PRODUCT/STEP, before any rework). Default 0.")]
    public double ScrapProbability { get; init; }

    [AtLeast(1)]
    [AtMost(10_000)]
    [Description("Jobs leave this step for the next in batches of this many of the product from one station (a transfer batch); a job waits in the output buffer until its batch is full. Not at the last step. Default 1.")]
    public int MoveBatch { get; init; } = 1;
}
