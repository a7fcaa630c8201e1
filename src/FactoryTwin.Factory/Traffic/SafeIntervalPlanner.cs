using System.Runtime.InteropServices;
using FactoryTwin.Factory.Layout;

namespace FactoryTwin.Factory.Traffic;

/// <summary>Space-time A* over safe intervals (SIPP): the fastest route that keeps clear of every other robot's reservations.</summary>
/// <remarks>
/// <para>A search state is a node and one of its safe intervals (a stretch of time in which no other robot holds
/// it), with the earliest time the robot can arrive in it. From a state the robot may wait, then drive any lane to
/// a neighbour, arriving inside one of the neighbour's safe intervals while the lane is free. Waiting is therefore
/// part of the plan, and the route is optimal in time for the reservations it sees (Phillips and Likhachev, 2011).</para>
/// <para>Every stop at a node lasts at least <see cref="MinDwellSeconds"/>, so two robots can never be at a node at
/// the same instant; the goal must be reached in a safe interval that lasts for ever, because the robot stays.</para>
/// </remarks>
public sealed class SafeIntervalPlanner
{
    /// <summary>The shortest time a robot spends at a node it passes through.</summary>
    public const double MinDwellSeconds = 0.001;

    private readonly LayoutGraph _layout;
    private readonly ReservationTable _table;
    private readonly DistanceTable _distances;
    private readonly List<State> _states = [];
    private readonly Dictionary<long, int> _best = [];
    private readonly PriorityQueue<int, (double F, int Order)> _open = new();
    private readonly List<Interval> _scratch = [];

    // The safe intervals of the nodes this search has looked at, side by side in one reused array: node n's are
    // _pool[_firstOf[n] .. _firstOf[n] + _countOf[n]) if _searchOf[n] is the current search.
    private Interval[] _pool = new Interval[256];
    private int _pooled;
    private readonly int[] _firstOf;
    private readonly int[] _countOf;
    private readonly int[] _searchOf;
    private int _search;

    public SafeIntervalPlanner(LayoutGraph layout, ReservationTable table, DistanceTable distances)
    {
        ArgumentNullException.ThrowIfNull(layout);
        _layout = layout;
        _table = table;
        _distances = distances;
        _firstOf = new int[layout.Nodes.Count];
        _countOf = new int[layout.Nodes.Count];
        _searchOf = new int[layout.Nodes.Count];
    }

    /// <summary>How many search states the last plan expanded.</summary>
    public int LastExpansions { get; private set; }

    /// <summary>Plans made, plans that found no route, and search states expanded in all, for tuning.</summary>
    public (long Plans, long Failed, long Expansions) Effort { get; private set; }

    /// <summary>The legs of the fastest safe route, or null if none arrives within <paramref name="horizon"/> seconds of the time the way takes with no one else about.</summary>
    /// <remarks>An empty list means the robot is already at its goal.</remarks>
    public List<Leg>? Plan(int robot, int start, double now, int goal, double speed, double horizon)
    {
        var result = Search(robot, start, now, goal, speed, horizon);
        Effort = (Effort.Plans + 1, Effort.Failed + (result is null ? 1 : 0), Effort.Expansions + LastExpansions);
        return result;
    }

    private List<Leg>? Search(int robot, int start, double now, int goal, double speed, double horizon)
    {
        var toGoal = _distances.To(goal);
        Reset();
        if (double.IsPositiveInfinity(toGoal[start]))
            return null;
        var startIndex = IndexOfIntervalAt(start, robot, now);
        if (startIndex < 0)
            return null;
        var goalIntervals = IntervalsOf(goal, robot, now);
        if (goalIntervals.Length == 0 || !double.IsPositiveInfinity(goalIntervals[^1].End))
            return null; // someone stays at the goal for good: no route can end there
        // The horizon bounds the waiting a plan may schedule, not the length of the way.
        var deadline = now + (toGoal[start] / speed) + horizon;
        Push(new State(start, startIndex, now, -1, now), toGoal[start] / speed);
        while (_open.TryDequeue(out var index, out _))
        {
            var state = _states[index];
            if (state.Arrive > _states[_best[Key(state.Node, state.Interval)]].Arrive)
                continue;
            LastExpansions++;
            var interval = IntervalsOf(state.Node, robot, now)[state.Interval];
            if (state.Node == goal && double.IsPositiveInfinity(interval.End))
                return Legs(index);
            var earliest = state.Parent < 0 ? state.Arrive : state.Arrive + MinDwellSeconds;
            var edgeIndex = _layout.FirstOutEdge(state.Node);
            foreach (var edge in _layout.OutEdges(state.Node))
            {
                var lane = _layout.LaneOf(edgeIndex++);
                var duration = edge.LengthMeters / Math.Min(speed, edge.SpeedLimitMetersPerSecond);
                var next = IntervalsOf(edge.To, robot, now);
                for (var j = 0; j < next.Length; j++)
                {
                    var target = next[j];
                    if (target.End <= earliest + duration)
                        continue;
                    if (target.Start > interval.End + duration)
                        break;
                    var depart = Depart(lane, robot, Math.Max(earliest, target.Start - duration), duration, target);
                    if (depart > interval.End)
                        continue;
                    var arrive = depart + duration;
                    var stays = edge.To == goal ? 0 : MinDwellSeconds;
                    if (arrive + stays >= target.End || arrive > deadline)
                        continue;
                    var key = Key(edge.To, j);
                    if (_best.TryGetValue(key, out var known) && _states[known].Arrive <= arrive)
                        continue;
                    Push(new State(edge.To, j, arrive, index, depart), arrive + (toGoal[edge.To] / speed));
                }
            }
        }
        return null;
    }

    /// <summary>The earliest departure at or after <paramref name="depart"/> with the lane free all the way and the arrival inside <paramref name="target"/>.</summary>
    private double Depart(int lane, int robot, double depart, double duration, Interval target)
    {
        while (true)
        {
            var free = _table.LaneFreeFrom(lane, robot, depart, duration);
            var inside = Math.Max(free, target.Start - duration);
            if (inside == depart)
                return depart;
            depart = inside;
        }
    }

    /// <summary>The safe intervals of <paramref name="node"/> from <paramref name="now"/> on; valid until the next call.</summary>
    private ReadOnlySpan<Interval> IntervalsOf(int node, int robot, double now)
    {
        if (_searchOf[node] != _search)
        {
            _table.SafeIntervals(node, robot, now, _scratch);
            if (_pooled + _scratch.Count > _pool.Length)
                Array.Resize(ref _pool, Math.Max(_pool.Length * 2, _pooled + _scratch.Count));
            _scratch.CopyTo(_pool, _pooled);
            (_searchOf[node], _firstOf[node], _countOf[node]) = (_search, _pooled, _scratch.Count);
            _pooled += _scratch.Count;
        }
        return _pool.AsSpan(_firstOf[node], _countOf[node]);
    }

    private int IndexOfIntervalAt(int node, int robot, double time)
    {
        var intervals = IntervalsOf(node, robot, time);
        for (var i = 0; i < intervals.Length; i++)
        {
            if (intervals[i].Contains(time))
                return i;
        }
        return -1;
    }

    private void Push(State state, double f)
    {
        var index = _states.Count;
        _states.Add(state);
        _best[Key(state.Node, state.Interval)] = index;
        _open.Enqueue(index, (f, index));
    }

    /// <summary>The route to state <paramref name="index"/>, in a list of exactly its length (routes on a grid are long).</summary>
    private List<Leg> Legs(int index)
    {
        var count = 0;
        for (var i = index; _states[i].Parent >= 0; i = _states[i].Parent)
            count++;
        var legs = new List<Leg>(count);
        CollectionsMarshal.SetCount(legs, count);
        var span = CollectionsMarshal.AsSpan(legs);
        for (var i = index; _states[i].Parent >= 0; i = _states[i].Parent)
        {
            var state = _states[i];
            span[--count] = new Leg(_states[state.Parent].Node, state.Node, state.Depart, state.Arrive);
        }
        return legs;
    }

    private void Reset()
    {
        _states.Clear();
        _best.Clear();
        _open.Clear();
        _pooled = 0;
        if (++_search == int.MaxValue)
        {
            Array.Clear(_searchOf);
            _search = 1;
        }
        LastExpansions = 0;
    }

    private static long Key(int node, int interval) => ((long)node << 16) | (uint)interval;

    /// <summary>A search state: arriving at <see cref="Node"/> in its safe interval <see cref="Interval"/> at <see cref="Arrive"/>, having left the parent at <see cref="Depart"/>.</summary>
    private readonly record struct State(int Node, int Interval, double Arrive, int Parent, double Depart);
}
