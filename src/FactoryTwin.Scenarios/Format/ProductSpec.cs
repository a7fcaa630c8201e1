using System.ComponentModel;

namespace FactoryTwin.Scenarios.Format;

/// <summary>A product and the stations its jobs visit.</summary>
public sealed record ProductSpec
{
    [Description("A unique name.")]
    public required string Id { get; init; }

    [Description("The steps in order: the first at a source, the last at a sink.")]
    public required IReadOnlyList<RoutingStepSpec> Routing { get; init; }
}
