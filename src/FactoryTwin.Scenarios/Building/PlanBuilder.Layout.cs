using FactoryTwin.Factory.Layout;
using FactoryTwin.Scenarios.Format;
using FactoryTwin.Scenarios.Maps;
using FactoryTwin.Scenarios.Reading;

namespace FactoryTwin.Scenarios.Building;

/// <summary>The layout: a hand-drawn graph or a grid, and locations on it.</summary>
internal sealed partial class PlanBuilder
{
    private LayoutGraph? BuildLayout()
    {
        if (_scenario.Layout is not { } layout)
            return null;
        return (layout.Graph, layout.Grid) switch
        {
            (not null, null) => BuildGraph(layout.Graph),
            (null, not null) => BuildGrid(layout.Grid),
            (not null, not null) => Fail("$.layout", "must give either graph or grid, not both"),
            _ => Fail("$.layout", "must give graph (nodes and edges) or grid (mapFile or rows)"),
        };
    }

    private LayoutGraph? BuildGraph(GraphLayoutSpec graph)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        if (!CheckIds(graph.Nodes, n => n.Id, "$.layout.graph.nodes", index))
            return null;
        if (graph.Nodes.Count == 0)
            return Fail("$.layout.graph.nodes", "needs at least one node");
        var nodes = graph.Nodes.Select((n, i) => new LayoutNode(i, n.Id, new Point(n.XMeters, n.YMeters), n.Capacity)).ToList();
        var edges = new List<LayoutEdge>();
        for (var i = 0; i < graph.Edges.Count; i++)
        {
            var edge = graph.Edges[i];
            var path = $"$.layout.graph.edges[{i}]";
            var from = NodeOf(edge.From, $"{path}.from", index, graph);
            var to = NodeOf(edge.To, $"{path}.to", index, graph);
            if (from < 0 || to < 0)
                continue;
            if (from == to)
            {
                Problem($"{path}.to", $"must differ from 'from': a lane cannot lead from '{edge.From}' to itself");
                continue;
            }
            var length = edge.LengthMeters ?? nodes[from].Position.DistanceTo(nodes[to].Position);
            if (!(length >= MinLaneMeters))
            {
                Problem(path, edge.LengthMeters is null
                    ? $"joins '{edge.From}' and '{edge.To}', which stand {length:G3} m apart; a lane is at least 1 mm long: give lengthMeters"
                    : $"is {length:G3} m long; a lane is at least 1 mm (0.001 m) long");
                continue;
            }
            var limit = edge.SpeedLimitMetersPerSecond ?? double.PositiveInfinity;
            edges.Add(new LayoutEdge(from, to, length, limit));
            if (!edge.OneWay)
                edges.Add(new LayoutEdge(to, from, length, limit));
        }
        return LayoutGraph.FromNodes(nodes, edges);
    }

    private int NodeOf(string id, string path, Dictionary<string, int> index, GraphLayoutSpec graph)
    {
        if (index.TryGetValue(id, out var node))
            return node;
        Problem(path, Unknown("node", id, graph.Nodes.Select(n => n.Id)));
        return -1;
    }

    private LayoutGraph? BuildGrid(GridLayoutSpec grid)
    {
        IReadOnlyList<GridText.Problem> errors;
        GridMap? map;
        string where;
        if (grid.MapFile is { } file && grid.Rows is null)
        {
            where = "$.layout.grid.mapFile";
            var (bytes, problem) = InputFile.Read(Path.GetFullPath(Path.Combine(_baseDirectory, file)), GridText.MaxFileBytes);
            if (bytes is null)
                return Fail(where, $"the map file '{file}' {problem}");
            map = GridText.ParseMovingAi(System.Text.Encoding.UTF8.GetString(bytes), out errors);
        }
        else if (grid.Rows is { } rows && grid.MapFile is null)
        {
            where = "$.layout.grid.rows";
            map = GridText.ParseRows(rows, out errors);
        }
        else
        {
            return Fail("$.layout.grid", grid.MapFile is null ? "must give mapFile or rows" : "must give either mapFile or rows, not both");
        }
        foreach (var error in errors)
        {
            if (grid.Rows is not null && error.Row is { } row)
                Problem($"{where}[{row}]", error.Message);
            else
                Problem(where, grid.Rows is null ? $"the map file '{grid.MapFile}' {error.Message}" : error.Message);
        }
        return map is null ? null : LayoutGraph.FromGrid(map, grid.CellSizeMeters);
    }

    /// <summary>The node a location names, or -1 after reporting why there is none.</summary>
    private int Locate(LocationSpec location, string path)
    {
        if (_layout is null)
            return -1;
        if (!location.IsCell)
        {
            if (_layout.TryGetNode(location.NodeId!, out var node))
                return node;
            Problem(path, _layout.Grid is null
                ? Unknown("node", location.NodeId!, _layout.Nodes.Select(n => n.Id))
                : $"the layout is a grid, so a location is a cell [x, y] (got \"{location.NodeId}\")");
            return -1;
        }
        if (_layout.Grid is not { } grid)
        {
            Problem(path, $"the layout is a graph, so a location is a node id (got the cell {location})");
            return -1;
        }
        if (!grid.Contains(location.X, location.Y))
        {
            Problem(path, $"the cell {location} is outside the {grid.Width} × {grid.Height} grid (x from 0 to {grid.Width - 1}, y from 0 to {grid.Height - 1})");
            return -1;
        }
        if (grid.IsBlocked(location.X, location.Y))
        {
            Problem(path, $"the cell {location} is blocked");
            return -1;
        }
        return _layout.NodeOfCell(location.X, location.Y);
    }

    private LayoutGraph? Fail(string path, string message)
    {
        Problem(path, message);
        return null;
    }
}
