using System.ComponentModel;

namespace FactoryTwin.Scenarios.Format;

/// <summary>A grid floor: free cells are nodes, joined to their free neighbours left, right, above and below.</summary>
public sealed record GridLayoutSpec
{
    [Description("A MovingAI .map file, relative to the scenario file. Give this or rows.")]
    public string? MapFile { get; init; }

    [Description("The grid inline, one string per row, top row first: '.' or 'G' free, '@', 'O', 'T', 'W', 'S' blocked. Give this or mapFile.")]
    public IReadOnlyList<string>? Rows { get; init; }

    [GreaterThan(0)]
    [AtMost(1000)]
    [Description("The side of a cell in metres. Default 1.")]
    public double CellSizeMeters { get; init; } = 1;
}
