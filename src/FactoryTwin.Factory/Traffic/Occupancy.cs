using FactoryTwin.Factory.Layout;

namespace FactoryTwin.Factory.Traffic;

/// <summary>Who is where: the robots standing on each node (or leaving it), the robots committed to arrive at each node, and each lane's last use.</summary>
/// <remarks>
/// <para>A robot holds the node it stands on until it has arrived at the next one, and holds the node it drives to from
/// the moment it commits to the move. So a robot may follow another into a node as it is left, arriving no earlier
/// than the other arrives at its next node, but two robots are never on one node beyond its capacity.</para>
/// <para>The lists are intrusive (each robot holds its link), so moving a robot allocates nothing.</para>
/// </remarks>
internal sealed class Occupancy
{
    private readonly LayoutGraph _layout;
    private readonly Mover?[] _present;
    private readonly Mover?[] _incoming;
    private readonly int[] _incomingCount;
    private readonly double[] _laneUntil;
    private readonly int[] _laneFrom;

    public Occupancy(LayoutGraph layout)
    {
        _layout = layout;
        _present = new Mover?[layout.Nodes.Count];
        _incoming = new Mover?[layout.Nodes.Count];
        _incomingCount = new int[layout.Nodes.Count];
        _laneUntil = new double[layout.LaneCount];
        _laneFrom = new int[layout.LaneCount];
    }

    /// <summary>The first of the robots standing on (or leaving) <paramref name="node"/>; follow <see cref="Mover.NextPresent"/>.</summary>
    public Mover? PresentAt(int node) => _present[node];

    /// <summary>The first of the robots committed to arrive at <paramref name="node"/>; follow <see cref="Mover.NextIncoming"/>.</summary>
    public Mover? IncomingAt(int node) => _incoming[node];

    /// <summary>How many robots are committed to arrive at <paramref name="node"/>.</summary>
    public int Incoming(int node) => _incomingCount[node];

    public void Place(Mover mover)
    {
        mover.NextPresent = _present[mover.At];
        _present[mover.At] = mover;
    }

    /// <summary>Notes a committed move: the robot is on its way to <see cref="Mover.Next"/> along <see cref="Mover.Edge"/>.</summary>
    public void Commit(Mover mover)
    {
        mover.NextIncoming = _incoming[mover.Next];
        _incoming[mover.Next] = mover;
        _incomingCount[mover.Next]++;
        var lane = _layout.LaneOf(mover.Edge);
        _laneUntil[lane] = mover.Arrive;
        _laneFrom[lane] = mover.At;
    }

    /// <summary>The robot has arrived at <see cref="Mover.Next"/>: it now stands there and no longer holds the node it left.</summary>
    public void Arrive(Mover mover)
    {
        Unlink(_present, mover.At, mover, static m => m.NextPresent, static (m, next) => m.NextPresent = next);
        Unlink(_incoming, mover.Next, mover, static m => m.NextIncoming, static (m, next) => m.NextIncoming = next);
        _incomingCount[mover.Next]--;
        mover.At = mover.Next;
        mover.NextIncoming = null;
        Place(mover);
    }

    /// <summary>True if a committed robot drives <paramref name="lane"/> towards <paramref name="from"/> after <paramref name="now"/>: entering it would be a swap.</summary>
    public bool IsDrivenTowards(int lane, int from, double now) => _laneUntil[lane] > now && _laneFrom[lane] != from;

    /// <summary>When the last committed robot on <paramref name="lane"/> leaves it (in the past if none is on it).</summary>
    public double LaneFreeFrom(int lane) => _laneUntil[lane];

    private static void Unlink(Mover?[] heads, int node, Mover mover, Func<Mover, Mover?> next, Action<Mover, Mover?> setNext)
    {
        if (heads[node] == mover)
        {
            heads[node] = next(mover);
            return;
        }
        for (var m = heads[node]; m is not null; m = next(m))
        {
            if (next(m) == mover)
            {
                setNext(m, next(mover));
                return;
            }
        }
        throw new InvalidOperationException($"{mover} is not listed at node {node}.");
    }
}
