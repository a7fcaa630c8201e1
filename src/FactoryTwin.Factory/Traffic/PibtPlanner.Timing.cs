namespace FactoryTwin.Factory.Traffic;

/// <summary>The second half of a round: when each robot that moves turns, leaves and arrives, so that no node holds more robots than it may.</summary>
/// <remarks>
/// A robot entering a node that another is leaving arrives no earlier than the leaver reaches its next node; a chain of
/// followers is resolved from its head, and a cycle of robots arrives all at once.
/// </remarks>
internal sealed partial class PibtPlanner
{
    /// <summary>Gives each robot that moves its times: turn now, leave when the node ahead is free in time, arrive.</summary>
    private void Time()
    {
        foreach (var mover in _moved)
        {
            var edge = mover.TargetEdge;
            var drive = mover.Profile.EdgeSeconds(edge);
            var turnEnd = _now + mover.Profile.TurnSeconds(mover.Heading, _layout.HeadingOf(edge));
            var earliest = Math.Max(turnEnd, _occupancy.LaneFreeFrom(_layout.LaneOf(edge))) + drive;
            mover.TurnEnd = turnEnd;
            mover.WaitsFor = null;
            mover.EarliestArrival = Math.Max(earliest, SlotFreeFrom(mover));
        }
        foreach (var mover in _moved)
            Resolve(mover);
        foreach (var mover in _moved)
        {
            mover.Next = mover.Target;
            mover.Edge = mover.TargetEdge;
            mover.Depart = mover.Arrive - mover.Profile.EdgeSeconds(mover.Edge);
            if (mover.Depart - mover.TurnEnd < 1e-9)
                mover.Depart = mover.TurnEnd; // no wait of a rounding error between turning and driving
        }
    }

    /// <summary>When the robot's place at its target is free: now, when a committed robot leaving it arrives, or (noted in WaitsFor) when a robot moving this round does.</summary>
    /// <remarks>On a node for several robots, the robots arriving take its free places first, then those being left, earliest first.</remarks>
    private double SlotFreeFrom(Mover mover)
    {
        var to = mover.Target;
        var capacity = _layout.Nodes[to].Capacity;
        var held = _occupancy.Incoming(to);
        var leaving = 0;
        for (var other = _occupancy.PresentAt(to); other is not null; other = other.NextPresent)
        {
            if (other.IsMoving || other.TargetEdge >= 0 && other.DecidedIn == _round)
                leaving++;
            else
                held++;
        }
        if (capacity == 1 && leaving == 0)
            return _now;
        // This robot's rank among the robots moving to the node this round, in the order they chose it.
        var rank = 0;
        foreach (var earlier in _moved)
        {
            if (earlier == mover)
                break;
            if (earlier.Target == to)
                rank++;
        }
        var free = capacity - held - leaving;
        if (rank < free)
            return _now;
        var slot = rank - Math.Max(free, 0);
        // Committed robots leaving, by arrival; then robots leaving this round, in the order they chose.
        var committed = 0;
        for (var other = _occupancy.PresentAt(to); other is not null; other = other.NextPresent)
            committed += other.IsMoving ? 1 : 0;
        if (slot < committed)
            return NthArrival(to, slot);
        var index = slot - committed;
        foreach (var other in _moved)
        {
            if (other.At == to && index-- == 0)
            {
                mover.WaitsFor = other;
                break;
            }
        }
        return _now;
    }

    private double NthArrival(int node, int n)
    {
        Span<double> arrivals = stackalloc double[_layout.Nodes[node].Capacity];
        var count = 0;
        for (var other = _occupancy.PresentAt(node); other is not null; other = other.NextPresent)
        {
            if (other.IsMoving && count < arrivals.Length)
                arrivals[count++] = other.Arrive;
        }
        arrivals[..count].Sort();
        return arrivals[n];
    }

    /// <summary>Sets the robot's arrival: no earlier than it can, nor than the robot it follows arrives; a cycle arrives all at once.</summary>
    private void Resolve(Mover start)
    {
        var onPath = (2 * _round) + 1;
        var done = (2 * _round) + 2;
        _path.Clear();
        var mover = start;
        while (mover is not null && mover.Resolved != done)
        {
            if (mover.Resolved == onPath)
            {
                var first = _path.IndexOf(mover);
                var together = double.NegativeInfinity;
                for (var i = first; i < _path.Count; i++)
                    together = Math.Max(together, _path[i].EarliestArrival);
                for (var i = first; i < _path.Count; i++)
                {
                    _path[i].Arrive = together;
                    _path[i].Resolved = done;
                }
                _path.RemoveRange(first, _path.Count - first);
                break;
            }
            mover.Resolved = onPath;
            _path.Add(mover);
            mover = mover.WaitsFor;
        }
        var after = mover is not null ? mover.Arrive : double.NegativeInfinity;
        for (var i = _path.Count - 1; i >= 0; i--)
        {
            var follower = _path[i];
            follower.Arrive = Math.Max(follower.EarliestArrival, after);
            follower.Resolved = done;
            after = follower.Arrive;
        }
    }
}
