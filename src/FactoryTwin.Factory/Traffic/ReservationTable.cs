using FactoryTwin.Factory.Layout;

namespace FactoryTwin.Factory.Traffic;

/// <summary>Who holds which node and which lane when: the shared timetable that keeps robots apart.</summary>
/// <remarks>
/// A robot holds a node from its arrival to its departure and a lane (both directions: no swaps, no overtaking)
/// while it drives along it. A robot that stops holds its node until +∞, so others plan around it, until it plans
/// its next route. Intervals are half-open, so one robot may arrive where another has just left.
/// </remarks>
public sealed class ReservationTable
{
    private readonly LayoutGraph _layout;
    private readonly List<Reservation>[] _nodes;
    private readonly List<Reservation>?[] _lanes;
    private readonly List<(int Node, int Lane)>[] _byRobot;
    private readonly List<Reservation> _empty = [];

    public ReservationTable(LayoutGraph layout, int robots)
    {
        ArgumentNullException.ThrowIfNull(layout);
        _layout = layout;
        _nodes = new List<Reservation>[layout.Nodes.Count];
        _lanes = new List<Reservation>?[layout.LaneCount];
        _byRobot = new List<(int, int)>[robots];
        for (var r = 0; r < robots; r++)
            _byRobot[r] = [];
    }

    /// <summary>The reservations of a node, sorted by start.</summary>
    public IReadOnlyList<Reservation> OfNode(int node) => _nodes[node] ?? _empty;

    /// <summary>The reservations of a lane (both directions), sorted by start.</summary>
    public IReadOnlyList<Reservation> OfLane(int lane) => _lanes[lane] ?? _empty;

    public void ReserveNode(int node, double start, double end, int robot)
    {
        Insert(_nodes[node] ??= [], new Reservation(start, end, robot));
        _byRobot[robot].Add((node, -1));
    }

    public void ReserveLane(int lane, double start, double end, int robot)
    {
        Insert(_lanes[lane] ??= [], new Reservation(start, end, robot));
        _byRobot[robot].Add((-1, lane));
    }

    /// <summary>Drops every reservation of <paramref name="robot"/>, before it plans anew.</summary>
    public void Clear(int robot)
    {
        foreach (var (node, lane) in _byRobot[robot])
        {
            if ((node >= 0 ? _nodes[node] : _lanes[lane]) is { } list)
                RemoveOf(list, robot);
        }
        _byRobot[robot].Clear();
    }

    // RemoveAll without a delegate per call: robots re-plan all the time.
    private static void RemoveOf(List<Reservation> list, int robot)
    {
        var kept = 0;
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].Robot != robot)
                list[kept++] = list[i];
        }
        list.RemoveRange(kept, list.Count - kept);
    }

    /// <summary>Drops reservations that ended before <paramref name="time"/>; they can no longer matter.</summary>
    public void Forget(double time)
    {
        foreach (var list in _nodes)
            list?.RemoveAll(r => r.End <= time);
        foreach (var list in _lanes)
            list?.RemoveAll(r => r.End <= time);
    }

    /// <summary>The intervals from <paramref name="from"/> on during which another robot may stand on <paramref name="node"/> (fewer than its capacity are there).</summary>
    public void SafeIntervals(int node, int robot, double from, List<Interval> result)
    {
        result.Clear();
        var capacity = _layout.Nodes[node].Capacity;
        var list = _nodes[node];
        if (list is null || list.Count == 0)
        {
            result.Add(new Interval(from, double.PositiveInfinity));
            return;
        }
        if (capacity == 1)
        {
            var start = from;
            foreach (var r in list)
            {
                if (r.Robot == robot || r.End <= start)
                    continue;
                if (r.Start > start)
                    result.Add(new Interval(start, r.Start));
                start = Math.Max(start, r.End);
                if (double.IsPositiveInfinity(start))
                    return;
            }
            result.Add(new Interval(start, double.PositiveInfinity));
            return;
        }
        CountedSafeIntervals(list, robot, from, capacity, result);
    }

    /// <summary>The earliest time at or after <paramref name="depart"/> at which <paramref name="lane"/> is free for <paramref name="duration"/> seconds.</summary>
    public double LaneFreeFrom(int lane, int robot, double depart, double duration)
    {
        if (_lanes[lane] is not { } list)
            return depart;
        // Sorted by start, so one pass pushes the departure past every reservation in the way.
        foreach (var r in list)
        {
            if (r.Start >= depart + duration)
                break;
            if (r.Robot != robot && depart < r.End)
                depart = r.End;
        }
        return depart;
    }

    // With room for several robots, a node is safe while fewer than its capacity overlap: sweep the start and end points.
    private static void CountedSafeIntervals(List<Reservation> list, int robot, double from, int capacity, List<Interval> result)
    {
        var points = new List<(double Time, int Delta)>();
        foreach (var r in list)
        {
            if (r.Robot == robot || r.End <= from)
                continue;
            points.Add((Math.Max(r.Start, from), +1));
            if (!double.IsPositiveInfinity(r.End))
                points.Add((r.End, -1));
        }
        points.Sort((x, y) => x.Time != y.Time ? x.Time.CompareTo(y.Time) : x.Delta.CompareTo(y.Delta));
        var count = 0;
        var safeSince = from;
        foreach (var (time, delta) in points)
        {
            var wasSafe = count < capacity;
            count += delta;
            var isSafe = count < capacity;
            if (wasSafe && !isSafe)
            {
                if (time > safeSince)
                    result.Add(new Interval(safeSince, time));
            }
            else if (!wasSafe && isSafe)
            {
                safeSince = time;
            }
        }
        if (count < capacity)
            result.Add(new Interval(safeSince, double.PositiveInfinity));
    }

    private static void Insert(List<Reservation> list, Reservation reservation)
    {
        var index = list.Count;
        while (index > 0 && list[index - 1].Start > reservation.Start)
            index--;
        list.Insert(index, reservation);
    }
}
