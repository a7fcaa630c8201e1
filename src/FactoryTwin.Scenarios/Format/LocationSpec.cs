using System.Text.Json.Serialization;

namespace FactoryTwin.Scenarios.Format;

/// <summary>Where something stands: a node id of a graph layout (<c>"dock"</c>) or a cell of a grid layout (<c>[12, 40]</c>, column then row).</summary>
[JsonConverter(typeof(LocationSpecConverter))]
public sealed record LocationSpec
{
    private LocationSpec(string? nodeId, int x, int y) => (NodeId, X, Y) = (nodeId, x, y);

    /// <summary>The node id, or null for a cell.</summary>
    public string? NodeId { get; }

    /// <summary>The cell's column (0 is the left edge).</summary>
    public int X { get; }

    /// <summary>The cell's row (0 is the top edge).</summary>
    public int Y { get; }

    /// <summary>True for a grid cell.</summary>
    public bool IsCell => NodeId is null;

    public static LocationSpec Node(string id) => new(id, 0, 0);

    public static LocationSpec Cell(int x, int y) => new(null, x, y);

    /// <inheritdoc />
    public override string ToString() => IsCell ? $"[{X}, {Y}]" : NodeId!;
}
