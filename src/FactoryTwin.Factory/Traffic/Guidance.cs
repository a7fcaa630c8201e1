using FactoryTwin.Factory.Layout;

namespace FactoryTwin.Factory.Traffic;

/// <summary>Traffic-flow guidance: each robot with a goal follows a guide path chosen to avoid the others' guide paths, head-on most of all.</summary>
/// <remarks>
/// <para>After Chen et al., "Traffic Flow Optimisation for Lifelong Multi-Agent Path Finding" (AAAI 2024), the idea
/// behind the League of Robot Runners' default planner. Every guide path counts on the lanes it uses, one way; a new
/// guide path is the quickest way to the goal when each lane also costs, in steps, the number of guide paths that use
/// it the other way (times those that use it this way, plus one) and half the flow through the node it enters. So
/// robots going opposite ways spread over different lanes, as on a road, instead of meeting head-on in one corridor,
/// which at high density is what makes PIBT push robots to and fro.</para>
/// <para>The planner then ranks a robot's moves by the time to its guide path and along it to the goal (see
/// <see cref="Mover.Guide"/>). A robot pushed off its path gets a new one from where it goes. The lanes it has driven
/// leave the flow. The search is weighted and bounded (see <see cref="SearchWeight"/>, <see cref="ExpansionsPerStep"/>).</para>
/// </remarks>
internal sealed class Guidance
{
    private readonly LayoutGraph _layout;
    private readonly int[] _flow;
    private readonly int[] _nodeFlow;
    private readonly int[] _reverse;
    private readonly double[] _cost;
    private readonly int[] _via;
    private readonly int[] _seen;
    private readonly double[] _toPath;
    private readonly int[] _spreadSeen;
    private readonly PriorityQueue<int, double> _open = new();
    private readonly PriorityQueue<(int Node, int Lanes), (double ToPath, double ToGo)> _spread = new();
    private readonly List<int> _edges = [];
    private int _search;
    private int _spreadSearch;

    /// <summary>How many lanes off its guide path a robot's table reaches: one, where its moves from the path lead (a robot that drives off its path is re-routed, so it always decides on its path).</summary>
    private const int CorridorLanes = 1;

    /// <summary>The search weighs the lower bound to the goal this much more than the cost so far (weighted A*): a guide path costs at most that many times the cheapest, and the search expands a fraction of the nodes on a large map (a 1,000-robot warehouse runs 2.3 times faster). On LoRR's random map 1.5 also finished more tasks than 1 or 2.</summary>
    private const double SearchWeight = 1.5;

    /// <summary>The search gives up after this many nodes per step of the quickest way and takes that way instead: where the flow leaves no cheap way round, looking further costs more than it finds. 32 never gives up on LoRR's random map (16 and 8 lost 8% and 24% of I-05's tasks) and saves a fifth of the 1,000-robot warehouse's wall time.</summary>
    private const int ExpansionsPerStep = 32;

    public Guidance(LayoutGraph layout)
    {
        _layout = layout;
        _flow = new int[layout.Edges.Count];
        _nodeFlow = new int[layout.Nodes.Count];
        _reverse = new int[layout.Edges.Count];
        for (var e = 0; e < _reverse.Length; e++)
            _reverse[e] = layout.EdgeBetween(layout.Edges[e].To, layout.Edges[e].From);
        _cost = new double[layout.Nodes.Count];
        _via = new int[layout.Nodes.Count];
        _seen = new int[layout.Nodes.Count];
        _toPath = new double[layout.Nodes.Count];
        _spreadSeen = new int[layout.Nodes.Count];
    }

    /// <summary>Gives the robot a new guide path from where it stands to its goal (and its <see cref="Mover.Costs"/>, the search's lower bound), and the table of seconds to the goal along it.</summary>
    public void Route(Mover mover)
    {
        Release(mover);
        if (!FindPath(mover))
            return;
        mover.GuideEdges = [.. _edges];
        mover.GuideNext = 0;
        foreach (var edge in mover.GuideEdges)
            AddFlow(edge, +1);
        Spread(mover);
    }

    /// <summary>The robot starts to drive <paramref name="edge"/>: if it is the next lane of its guide path, that lane leaves the flow.</summary>
    public void Drives(Mover mover, int edge)
    {
        if (mover.GuideEdges is { } path && mover.GuideNext < path.Length && path[mover.GuideNext] == edge)
            AddFlow(path[mover.GuideNext++], -1);
        else if (mover.Goal >= 0)
            Route(mover); // pushed off its path (or it took a detour): a new one from where it goes
    }

    /// <summary>Takes what is left of the robot's guide path out of the flow (its goal is reached or replaced).</summary>
    public void Release(Mover mover)
    {
        if (mover.GuideEdges is { } path)
        {
            for (var i = mover.GuideNext; i < path.Length; i++)
                AddFlow(path[i], -1);
        }
        mover.GuideEdges = null;
        mover.GuideNext = 0;
    }

    private void AddFlow(int edge, int delta)
    {
        _flow[edge] += delta;
        _nodeFlow[_layout.Edges[edge].From] += delta;
    }

    /// <summary>Weighted A* from the robot's node to its goal over lanes priced by the flow; the edges found are left in <see cref="_edges"/>.</summary>
    private bool FindPath(Mover mover)
    {
        var start = mover.IsMoving ? mover.Next : mover.At;
        var goal = mover.Goal;
        var profile = mover.Profile;
        var step = profile.StepSeconds;
        var toGoal = mover.Costs!; // the seconds from each lane's end to the goal, turns included: a close lower bound
        _search++;
        _open.Clear();
        _edges.Clear();
        _seen[start] = _search;
        _cost[start] = 0;
        _via[start] = -1;
        _open.Enqueue(start, 0);
        var budget = ExpansionsPerStep * (int)Math.Min(_layout.Nodes.Count, (CostToGo.From(toGoal, start, mover.Heading, goal, profile) / step) + 8);
        while (_open.TryDequeue(out var node, out var f))
        {
            if (node == goal)
                break;
            if (node != start && f > _cost[node] + (SearchWeight * toGoal[_via[node]]) + 1e-6)
                continue; // a stale entry
            if (--budget < 0)
                return ShortestPath(mover, start);
            var heading = _via[node] >= 0 ? _layout.HeadingOf(_via[node]) : mover.Heading;
            var first = _layout.FirstOutEdge(node);
            var count = _layout.OutEdges(node).Length;
            for (var e = first; e < first + count; e++)
            {
                var to = _layout.Edges[e].To;
                if (float.IsPositiveInfinity(toGoal[e]))
                    continue;
                var reverse = _reverse[e];
                var contra = reverse >= 0 ? (_flow[e] + 1) * _flow[reverse] : 0;
                var cost = _cost[node] + profile.MoveSeconds(heading, e) + (step * (contra + (_nodeFlow[to] / 2.0)));
                if (_seen[to] == _search && cost >= _cost[to])
                    continue;
                _seen[to] = _search;
                _cost[to] = cost;
                _via[to] = e;
                _open.Enqueue(to, cost + (SearchWeight * toGoal[e]));
            }
        }
        if (_seen[goal] != _search)
            return false;
        for (var node = goal; node != start; node = _layout.Edges[_via[node]].From)
            _edges.Add(_via[node]);
        _edges.Reverse();
        return true;
    }

    /// <summary>The quickest way to the goal, turns included, ignoring the flow (down the cost-to-go table); left in <see cref="_edges"/>.</summary>
    private bool ShortestPath(Mover mover, int start)
    {
        _edges.Clear();
        var table = mover.Costs!;
        var heading = mover.Heading;
        for (var node = start; node != mover.Goal; node = _layout.Edges[_edges[^1]].To)
        {
            var (best, _) = CostToGo.Best(table, node, heading, mover.Profile);
            if (best < 0 || _edges.Count >= _layout.Nodes.Count)
                return false;
            _edges.Add(best);
            heading = _layout.HeadingOf(best);
        }
        return true;
    }

    /// <summary>Fills the robot's guide table: for every node up to <see cref="CorridorLanes"/> lanes from its guide path, the seconds to the nearest node of the path, plus the seconds along the path from there.</summary>
    /// <remarks>Bounded to the path's corridor, so a route costs in proportion to its length, not to the map.</remarks>
    private void Spread(Mover mover)
    {
        var guide = mover.Guide;
        var profile = mover.Profile;
        guide.Clear();
        _spreadSearch++;
        _spread.Clear();
        var path = mover.GuideEdges!;
        var toGo = 0.0;
        Seed(mover.Goal, 0);
        for (var i = path.Length - 1; i >= 0; i--)
        {
            toGo += profile.EdgeSeconds(path[i]);
            if (i + 1 < path.Length)
                toGo += profile.TurnSeconds(_layout.HeadingOf(path[i]), _layout.HeadingOf(path[i + 1]));
            Seed(_layout.Edges[path[i]].From, toGo);
        }
        while (_spread.TryDequeue(out var entry, out var key))
        {
            var (node, lanes) = entry;
            if (key.ToPath > _toPath[node] || lanes == CorridorLanes)
                continue; // a stale entry, or the edge of the corridor
            foreach (var e in _layout.InEdgeIndices(node))
            {
                var from = _layout.Edges[e].From;
                var toPath = key.ToPath + profile.EdgeSeconds(e);
                var seen = _spreadSeen[from] == _spreadSearch;
                if (!seen || toPath < _toPath[from] || (toPath == _toPath[from] && toPath + key.ToGo < guide[from]))
                {
                    _spreadSeen[from] = _spreadSearch;
                    _toPath[from] = toPath;
                    guide[from] = (float)(toPath + key.ToGo);
                    _spread.Enqueue((from, lanes + 1), (toPath, key.ToGo));
                }
            }
        }

        void Seed(int node, double seconds)
        {
            // A path that passes a node twice keeps the later, nearer to the goal.
            if (_spreadSeen[node] == _spreadSearch && _toPath[node] == 0)
                return;
            _spreadSeen[node] = _spreadSearch;
            _toPath[node] = 0;
            guide[node] = (float)seconds;
            _spread.Enqueue((node, 0), (0, seconds));
        }
    }
}
