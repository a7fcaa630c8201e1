namespace FactoryTwin.Factory.Layout;

/// <summary>The navigation graph of a factory floor: nodes robots stand on and the lanes between them.</summary>
/// <remarks>
/// Adjacency is stored compressed (one array of edges sorted by their start node, with an offset per node), so path
/// planning walks arrays, not lists of objects. A graph made from a grid keeps the grid and maps cells to nodes.
/// </remarks>
public sealed class LayoutGraph
{
    private readonly LayoutNode[] _nodes;
    private readonly LayoutEdge[] _edges;
    private readonly int[] _firstEdge;
    private readonly LayoutEdge[] _inEdges;
    private readonly int[] _firstInEdge;
    private readonly int[] _inEdgeIndex;
    private readonly double[] _headingOfEdge;
    private readonly Dictionary<string, int> _indexById;
    private readonly int[]? _nodeOfCell;
    private readonly int[] _laneOfEdge;

    private LayoutGraph(LayoutNode[] nodes, LayoutEdge[] edges, GridMap? grid, int[]? nodeOfCell, double cellSizeMeters)
    {
        _nodes = nodes;
        _edges = [.. edges.OrderBy(e => e.From).ThenBy(e => e.To)];
        _firstEdge = new int[nodes.Length + 1];
        foreach (var edge in _edges)
            _firstEdge[edge.From + 1]++;
        for (var i = 0; i < nodes.Length; i++)
            _firstEdge[i + 1] += _firstEdge[i];
        _inEdgeIndex = [.. Enumerable.Range(0, _edges.Length).OrderBy(e => _edges[e].To).ThenBy(e => _edges[e].From)];
        _inEdges = [.. _inEdgeIndex.Select(e => _edges[e])];
        _firstInEdge = new int[nodes.Length + 1];
        foreach (var edge in _inEdges)
            _firstInEdge[edge.To + 1]++;
        for (var i = 0; i < nodes.Length; i++)
            _firstInEdge[i + 1] += _firstInEdge[i];
        _indexById = nodes.ToDictionary(n => n.Id, n => n.Index, StringComparer.Ordinal);
        // A lane is the pair of nodes, whichever way it is driven: both directions of a two-way edge share one.
        var lanes = new Dictionary<(int, int), int>();
        _laneOfEdge = new int[_edges.Length];
        for (var i = 0; i < _edges.Length; i++)
        {
            var pair = (Math.Min(_edges[i].From, _edges[i].To), Math.Max(_edges[i].From, _edges[i].To));
            if (!lanes.TryGetValue(pair, out var lane))
                lanes[pair] = lane = lanes.Count;
            _laneOfEdge[i] = lane;
        }
        LaneCount = lanes.Count;
        _headingOfEdge = [.. _edges.Select(e => HeadingBetween(nodes[e.From].Position, nodes[e.To].Position))];
        Grid = grid;
        _nodeOfCell = nodeOfCell;
        CellSizeMeters = cellSizeMeters;
    }

    /// <summary>The nodes, indexed by <see cref="LayoutNode.Index"/>.</summary>
    public IReadOnlyList<LayoutNode> Nodes => _nodes;

    /// <summary>Every edge, grouped by start node.</summary>
    public IReadOnlyList<LayoutEdge> Edges => _edges;

    /// <summary>The grid the graph was made from, or null for a hand-drawn graph.</summary>
    public GridMap? Grid { get; }

    /// <summary>The side of a grid cell in metres (1 for a hand-drawn graph).</summary>
    public double CellSizeMeters { get; }

    /// <summary>The edges leaving <paramref name="node"/>.</summary>
    public ReadOnlySpan<LayoutEdge> OutEdges(int node) => _edges.AsSpan(_firstEdge[node], _firstEdge[node + 1] - _firstEdge[node]);

    /// <summary>How many lanes there are: pairs of nodes joined in either or both directions.</summary>
    public int LaneCount { get; }

    /// <summary>The index in <see cref="Edges"/> of the first edge leaving <paramref name="node"/>; its out-edges follow in order.</summary>
    public int FirstOutEdge(int node) => _firstEdge[node];

    /// <summary>The lane of the edge with this index.</summary>
    public int LaneOf(int edge) => _laneOfEdge[edge];

    /// <summary>The lane between two adjacent nodes.</summary>
    public int LaneBetween(int from, int to)
    {
        for (var e = _firstEdge[from]; e < _firstEdge[from + 1]; e++)
        {
            if (_edges[e].To == to)
                return _laneOfEdge[e];
        }
        throw new ArgumentException($"No lane joins node {from} to node {to}.", nameof(to));
    }

    /// <summary>The index in <see cref="Edges"/> of the edge from <paramref name="from"/> to <paramref name="to"/>, or -1 if none joins them.</summary>
    public int EdgeBetween(int from, int to)
    {
        for (var e = _firstEdge[from]; e < _firstEdge[from + 1]; e++)
        {
            if (_edges[e].To == to)
                return e;
        }
        return -1;
    }

    /// <summary>The direction of the edge with this index, in degrees counter-clockwise from the +x axis, in (-180, 180].</summary>
    /// <remarks>On a grid +y is the next row, so 90 points one row down the map (south) and -90 one row up.</remarks>
    public double HeadingOf(int edge) => _headingOfEdge[edge];

    /// <summary>The indices in <see cref="Edges"/> of the edges arriving at <paramref name="node"/>, in the order of <see cref="InEdges"/>.</summary>
    public ReadOnlySpan<int> InEdgeIndices(int node) => _inEdgeIndex.AsSpan(_firstInEdge[node], _firstInEdge[node + 1] - _firstInEdge[node]);

    /// <summary>The heading from <paramref name="a"/> to <paramref name="b"/> in degrees, rounded to a millionth so that grid headings are exact.</summary>
    public static double HeadingBetween(Point a, Point b) => Math.Round(Math.Atan2(b.Y - a.Y, b.X - a.X) * 180 / Math.PI, 6);

    /// <summary>The edges arriving at <paramref name="node"/>.</summary>
    public ReadOnlySpan<LayoutEdge> InEdges(int node) => _inEdges.AsSpan(_firstInEdge[node], _firstInEdge[node + 1] - _firstInEdge[node]);

    /// <summary>The index of the node with this id, if there is one.</summary>
    public bool TryGetNode(string id, out int index) => _indexById.TryGetValue(id, out index);

    /// <summary>The node of free cell (x, y), or -1 if the cell is blocked, off the grid, or this is not a grid.</summary>
    public int NodeOfCell(int x, int y) =>
        Grid is { } grid && _nodeOfCell is { } map && grid.Contains(x, y) ? map[(y * grid.Width) + x] : -1;

    /// <summary>The nodes reachable from <paramref name="start"/> along edges, in breadth-first order.</summary>
    public IReadOnlyList<int> ReachableFrom(int start) => [.. BreadthFirst(start)];

    /// <summary>The nodes reachable from <paramref name="start"/>, nearest (in lanes) first, found as they are needed.</summary>
    public IEnumerable<int> BreadthFirst(int start)
    {
        var seen = new bool[_nodes.Length];
        var queue = new Queue<int>();
        queue.Enqueue(start);
        seen[start] = true;
        while (queue.TryDequeue(out var node))
        {
            yield return node;
            foreach (var edge in OutEdges(node))
            {
                if (!seen[edge.To])
                {
                    seen[edge.To] = true;
                    queue.Enqueue(edge.To);
                }
            }
        }
    }

    /// <summary>A hand-drawn graph; edges must name existing node indices.</summary>
    public static LayoutGraph FromNodes(IReadOnlyList<LayoutNode> nodes, IEnumerable<LayoutEdge> edges)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(edges);
        var edgeArray = edges.ToArray();
        foreach (var edge in edgeArray)
        {
            if ((uint)edge.From >= (uint)nodes.Count || (uint)edge.To >= (uint)nodes.Count)
                throw new ArgumentException($"Edge {edge} names a node that does not exist.", nameof(edges));
        }
        return new LayoutGraph([.. nodes], edgeArray, null, null, 1);
    }

    /// <summary>The graph of a grid: a node per free cell, id "x,y", at its centre; two-way edges to the free cells left, right, above and below.</summary>
    public static LayoutGraph FromGrid(GridMap grid, double cellSizeMeters)
    {
        ArgumentNullException.ThrowIfNull(grid);
        if (!(cellSizeMeters > 0) || double.IsInfinity(cellSizeMeters))
            throw new ArgumentOutOfRangeException(nameof(cellSizeMeters), cellSizeMeters, "A cell must be a positive, finite number of metres.");
        var nodeOfCell = new int[grid.Width * grid.Height];
        var nodes = new List<LayoutNode>(grid.FreeCells);
        for (var y = 0; y < grid.Height; y++)
        {
            for (var x = 0; x < grid.Width; x++)
            {
                if (grid.IsBlocked(x, y))
                {
                    nodeOfCell[(y * grid.Width) + x] = -1;
                    continue;
                }
                nodeOfCell[(y * grid.Width) + x] = nodes.Count;
                var centre = new Point((x + 0.5) * cellSizeMeters, (y + 0.5) * cellSizeMeters);
                nodes.Add(new LayoutNode(nodes.Count, $"{x},{y}", centre, Capacity: 1));
            }
        }
        var edges = new List<LayoutEdge>(nodes.Count * 4);
        ReadOnlySpan<(int Dx, int Dy)> steps = [(1, 0), (-1, 0), (0, 1), (0, -1)];
        for (var y = 0; y < grid.Height; y++)
        {
            for (var x = 0; x < grid.Width; x++)
            {
                var from = nodeOfCell[(y * grid.Width) + x];
                if (from < 0)
                    continue;
                foreach (var (dx, dy) in steps)
                {
                    if (grid.IsFree(x + dx, y + dy))
                        edges.Add(new LayoutEdge(from, nodeOfCell[((y + dy) * grid.Width) + x + dx], cellSizeMeters, double.PositiveInfinity));
                }
            }
        }
        return new LayoutGraph([.. nodes], [.. edges], grid, nodeOfCell, cellSizeMeters);
    }
}
