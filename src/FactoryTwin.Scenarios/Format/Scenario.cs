using System.ComponentModel;
using System.Text.Json.Serialization;

namespace FactoryTwin.Scenarios.Format;

/// <summary>A scenario file: the factory to build and how to run it. Mirrors the JSON one to one.</summary>
[Description("A FactoryTwin scenario: the factory to build and how to run it.")]
public sealed record Scenario
{
    /// <summary>The current version of the format.</summary>
    public const int CurrentFormatVersion = 1;

    [JsonPropertyName("$schema")]
    [Description("The JSON Schema this file follows, for editors (e.g. \"./scenario.schema.json\"). Not used by FactoryTwin.")]
    public string? Schema { get; init; }

    [Description("The version of the scenario format; 1.")]
    public required int FormatVersion { get; init; }

    [Description("A short name, used in reports and output folders.")]
    public required string Name { get; init; }

    [Description("What the scenario models, for people reading it.")]
    public string Description { get; init; } = "";

    [Description("The master seed of every random stream. Default 1.")]
    public long Seed { get; init; } = 1;

    [Description("How long to simulate, the warm-up, and the replications.")]
    public required RunSettings Run { get; init; }

    [Description("The floor: a hand-drawn graph or a grid. Optional without robots.")]
    public LayoutSpec? Layout { get; init; }

    [Description("Machines, sources, sinks, storage and chargers.")]
    public IReadOnlyList<StationSpec> Stations { get; init; } = [];

    [Description("The products and their routings through the stations.")]
    public IReadOnlyList<ProductSpec> Products { get; init; } = [];

    [Description("How jobs of each product are released.")]
    public IReadOnlyList<DemandSpec> Demand { get; init; } = [];

    [Description("The robot fleets. Without mobile robots, jobs move between stations after transferTime.")]
    public IReadOnlyList<FleetSpec> Robots { get; init; } = [];

    [Description("Crews of human operators that stations need for setup or processing.")]
    public IReadOnlyList<CrewSpec> Operators { get; init; } = [];

    [Description("What happens to the factory over windows of time: planned maintenance, demand surges.")]
    public IReadOnlyList<DisruptionSpec> Disruptions { get; init; } = [];

    [Description("Path planning and deadlock handling for the mobile robots.")]
    public TrafficSpec Traffic { get; init; } = new();

    [Description("Without mobile robots: the time a job takes to move from one station to the next, in seconds. Default 0.")]
    public DistributionSpec? TransferTime { get; init; }
}
