using System.ComponentModel;

namespace FactoryTwin.Scenarios.Format;

/// <summary>The floor, given exactly one way: as a hand-drawn graph or as a grid.</summary>
public sealed record LayoutSpec
{
    [Description("Named nodes with coordinates and the lanes between them.")]
    public GraphLayoutSpec? Graph { get; init; }

    [Description("A grid of free and blocked cells: a MovingAI .map file or inline rows.")]
    public GridLayoutSpec? Grid { get; init; }
}
