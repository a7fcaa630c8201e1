using FactoryTwin.Factory.Layout;

namespace FactoryTwin.Factory.Traffic;

/// <summary>The fastest time to a goal from every place and heading, for one motion profile: the planner's heuristic.</summary>
/// <remarks>
/// <para>A table holds, for every edge, the seconds from having just driven it (standing at its end, facing along it)
/// to the goal, turns included, ignoring other robots. It is computed once per goal and profile by Dijkstra's
/// algorithm over edges, walked backwards from the goal, and kept while the memory budget allows (least recently used
/// tables go first; they are recomputed identically when needed again).</para>
/// <para>With turning time, a robot's cost depends on its heading, which is why the table is per edge and not per
/// node: on a grid in the League of Robot Runners' model it is exact for forward, turn and wait actions.</para>
/// <para>While nodes or lanes are closed, tables are computed without them, and an edge no robot may start along
/// has +∞: every reader of a table then keeps off it. A closure that opens or ends clears the tables
/// (<see cref="Clear"/>).</para>
/// </remarks>
internal sealed class CostToGo
{
    private const long BudgetBytes = 256L << 20;

    private readonly LayoutGraph _layout;
    private readonly Closures? _closures;
    private readonly Dictionary<(int Goal, int Profile), LinkedListNode<Table>> _tables = [];
    private readonly LinkedList<Table> _recent = [];
    private readonly PriorityQueue<int, double> _open = new();
    private readonly double[] _scratch;
    private readonly double[] _nodeScratch;
    private long _bytes;

    public CostToGo(LayoutGraph layout, Closures? closures = null)
    {
        _layout = layout;
        _closures = closures;
        _scratch = new double[layout.Edges.Count];
        _nodeScratch = new double[layout.Nodes.Count];
    }

    /// <summary>Tables computed so far, for tuning.</summary>
    public long Computed { get; private set; }

    /// <summary>The seconds from the end of every edge to <paramref name="goal"/>; +∞ where the goal cannot be reached.</summary>
    public float[] To(int goal, MotionProfile profile)
    {
        if (_tables.TryGetValue((goal, profile.Index), out var known))
        {
            if (known != _recent.First)
            {
                _recent.Remove(known);
                _recent.AddFirst(known);
            }
            return known.Value.Seconds;
        }
        var table = new Table(goal, profile.Index, Compute(goal, profile));
        _tables[(goal, profile.Index)] = _recent.AddFirst(table);
        _bytes += table.Seconds.Length * sizeof(float);
        while (_bytes > BudgetBytes && _recent.Last is { } oldest && oldest != _recent.First)
        {
            _recent.RemoveLast();
            _tables.Remove((oldest.Value.Goal, oldest.Value.Profile));
            _bytes -= oldest.Value.Seconds.Length * sizeof(float);
        }
        return table.Seconds;
    }

    /// <summary>Forgets every table: what is closed has changed.</summary>
    public void Clear()
    {
        _tables.Clear();
        _recent.Clear();
        _bytes = 0;
    }

    /// <summary>The seconds to the goal of a robot standing on <paramref name="node"/> facing <paramref name="heading"/>: 0 at the goal.</summary>
    public static double From(float[] table, int node, double heading, int goal, MotionProfile profile) =>
        node == goal ? 0 : Best(table, node, heading, profile).Seconds;

    /// <summary>The lane out of <paramref name="node"/> that leads soonest to the goal for a robot facing <paramref name="heading"/>, and the seconds by it; (-1, +∞) if none does.</summary>
    public static (int Edge, double Seconds) Best(float[] table, int node, double heading, MotionProfile profile)
    {
        var (best, seconds) = (-1, double.PositiveInfinity);
        var layout = profile.Layout;
        var first = layout.FirstOutEdge(node);
        var count = layout.OutEdges(node).Length;
        for (var e = first; e < first + count; e++)
        {
            var through = profile.MoveSeconds(heading, e) + table[e];
            if (through < seconds)
                (best, seconds) = (e, through);
        }
        return (best, seconds);
    }

    private float[] Compute(int goal, MotionProfile profile)
    {
        Computed++;
        if (profile.TurnSecondsPer90Degrees == 0)
            return ComputeByNode(goal, profile);
        var cost = _scratch;
        Array.Fill(cost, double.PositiveInfinity);
        _open.Clear();
        foreach (var e in _layout.InEdgeIndices(goal))
        {
            cost[e] = 0;
            _open.Enqueue(e, 0);
        }
        while (_open.TryDequeue(out var edge, out var seconds))
        {
            if (seconds > cost[edge] || IsBlocked(edge))
                continue; // a stale entry, or a lane no robot may drive now
            // Every edge p that ends where this one starts: from p's end, turn to this edge and drive it.
            var from = _layout.Edges[edge].From;
            if (from == goal)
                continue; // a robot that reached the goal goes no further
            var through = seconds + profile.EdgeSeconds(edge);
            var heading = _layout.HeadingOf(edge);
            foreach (var p in _layout.InEdgeIndices(from))
            {
                var candidate = through + profile.TurnSeconds(_layout.HeadingOf(p), heading);
                if (candidate < cost[p])
                {
                    cost[p] = candidate;
                    _open.Enqueue(p, candidate);
                }
            }
        }
        var result = new float[cost.Length];
        for (var e = 0; e < cost.Length; e++)
            result[e] = IsBlocked(e) ? float.PositiveInfinity : (float)cost[e];
        return result;
    }

    private bool IsBlocked(int edge) => _closures is { Any: true } closures && closures.Blocks(edge);

    /// <summary>Without turning time a robot's heading does not matter: the seconds from an edge's end are those from its end node, found by Dijkstra's algorithm over nodes, a quarter of the work on a grid.</summary>
    private float[] ComputeByNode(int goal, MotionProfile profile)
    {
        var cost = _nodeScratch;
        Array.Fill(cost, double.PositiveInfinity);
        _open.Clear();
        cost[goal] = 0;
        _open.Enqueue(goal, 0);
        while (_open.TryDequeue(out var node, out var seconds))
        {
            if (seconds > cost[node])
                continue;
            foreach (var p in _layout.InEdgeIndices(node))
            {
                if (IsBlocked(p))
                    continue;
                var from = _layout.Edges[p].From;
                var candidate = seconds + profile.EdgeSeconds(p);
                if (candidate < cost[from])
                {
                    cost[from] = candidate;
                    _open.Enqueue(from, candidate);
                }
            }
        }
        var result = new float[_layout.Edges.Count];
        for (var e = 0; e < result.Length; e++)
            result[e] = IsBlocked(e) ? float.PositiveInfinity : (float)cost[_layout.Edges[e].To];
        return result;
    }

    private sealed record Table(int Goal, int Profile, float[] Seconds);
}
