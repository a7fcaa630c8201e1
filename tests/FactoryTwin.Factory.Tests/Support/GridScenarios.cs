using System.Globalization;
using FactoryTwin.Factory.Layout;
using FactoryTwin.Scenarios.Maps;

namespace FactoryTwin.Factory.Tests.Support;

/// <summary>Scenario JSON on the real MovingAI maps, with stations put on free cells of the map's largest connected part.</summary>
internal static class GridScenarios
{
    public static (GridMap Grid, LayoutGraph Graph) Load(string map)
    {
        var grid = GridText.ParseMovingAi(File.ReadAllText(Path.Combine(RepositoryPaths.Maps, map)), out var problems);
        Assert.Empty(problems);
        return (grid!, LayoutGraph.FromGrid(grid!, 1));
    }

    /// <summary>The free cells of the largest connected part of the map, as (x, y).</summary>
    public static List<(int X, int Y)> LargestPart(string map)
    {
        var (grid, graph) = Load(map);
        var seen = new HashSet<int>();
        List<int> best = [];
        foreach (var node in graph.Nodes)
        {
            if (seen.Contains(node.Index))
                continue;
            var part = graph.ReachableFrom(node.Index).ToList();
            seen.UnionWith(part);
            if (part.Count > best.Count)
                best = part;
        }
        return [.. best.Select(n => Cell(graph.Nodes[n].Id))];
    }

    /// <summary>The free cell of <paramref name="cells"/> nearest to (x, y), ties broken by row then column.</summary>
    public static (int X, int Y) Near(List<(int X, int Y)> cells, int x, int y) =>
        cells.OrderBy(c => Math.Abs(c.X - x) + Math.Abs(c.Y - y)).ThenBy(c => c.Y).ThenBy(c => c.X).First();

    public static string Json((int X, int Y) cell) => string.Create(CultureInfo.InvariantCulture, $"[{cell.X}, {cell.Y}]");

    private static (int X, int Y) Cell(string id)
    {
        var parts = id.Split(',');
        return (int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
    }
}
