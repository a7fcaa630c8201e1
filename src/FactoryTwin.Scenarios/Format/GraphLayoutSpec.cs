using System.ComponentModel;

namespace FactoryTwin.Scenarios.Format;

/// <summary>A hand-drawn navigation graph.</summary>
public sealed record GraphLayoutSpec
{
    [Description("The places robots can stand.")]
    public required IReadOnlyList<NodeSpec> Nodes { get; init; }

    [Description("The lanes between nodes.")]
    public required IReadOnlyList<EdgeSpec> Edges { get; init; }
}
