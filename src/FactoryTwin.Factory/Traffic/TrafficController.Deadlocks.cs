using FactoryTwin.Factory.Agents;

namespace FactoryTwin.Factory.Traffic;

/// <summary>Who is in whose way, making way, and breaking cycles of robots waiting for each other.</summary>
public sealed partial class TrafficController
{
    private const int AsideCandidates = 12;
    private const int MaxPushDepth = 6;

    /// <summary>A line per waiting robot: where it is, where it wants to go, and who is in its way; for diagnostics.</summary>
    public IEnumerable<string> DescribeWaiting() =>
        _waitingFor.Select(w => $"{w.Key} at {_layout.Nodes[w.Key.Node].Id} to {_layout.Nodes[w.Value].Id}, blocked by "
            + string.Join(", ", BlockersOf(w.Key, w.Value).Select(b => $"{b} ({b.State}, at {_layout.Nodes[b.Node].Id}, waiting={_waitingFor.ContainsKey(b)}, canMakeWay={b.CanMakeWay})")));

    /// <summary>The robots holding a node for good on the robot's shortest way to its goal.</summary>
    private List<Robot> BlockersOf(Robot robot, int goal)
    {
        var blockers = new List<Robot>();
        foreach (var node in Distances.Path(robot.Node, goal))
        {
            if (_parkedAt.TryGetValue(node, out var holder) && holder != robot && !blockers.Contains(holder))
                blockers.Add(holder);
        }
        return blockers;
    }

    /// <summary>A robot with nothing to do, or only waiting for a charger, can make way at once.</summary>
    private static bool IsIdle(Robot robot) => robot.CanMakeWay && robot.Detour is null;

    /// <summary>Looks for a cycle of waiting robots through <paramref name="robot"/>; if there is one, has one of them step aside.</summary>
    private void ResolveDeadlock(Robot robot)
    {
        var cycle = FindCycle(robot);
        if (cycle is null || cycle.Any(r => r.Detour is not null))
            return;
        var ways = cycle.SelectMany(r => _waitingFor.TryGetValue(r, out var goal) ? Distances.Path(r.Node, goal) : []).ToHashSet();
        foreach (var victim in cycle.OrderBy(r => r.Index))
        {
            if (MakeWay(victim, ways))
            {
                Count(Deadlocks, robot);
                return;
            }
        }
    }

    /// <summary>The waiting robots that wait, through one another, for <paramref name="start"/> itself; null if none do.</summary>
    private List<Robot>? FindCycle(Robot start)
    {
        var path = new List<Robot>();
        var seen = new HashSet<Robot>();
        return Search(start) ? path : null;

        bool Search(Robot robot)
        {
            path.Add(robot);
            seen.Add(robot);
            if (_waitingFor.TryGetValue(robot, out var goal))
            {
                foreach (var blocker in BlockersOf(robot, goal))
                {
                    if (blocker == start)
                        return true;
                    if (!seen.Contains(blocker) && _waitingFor.ContainsKey(blocker) && Search(blocker))
                        return true;
                }
            }
            path.RemoveAt(path.Count - 1);
            return false;
        }
    }

    /// <summary>Reserves a detour for <paramref name="robot"/> to the nearest free place off <paramref name="avoid"/> and wakes it; false if it cannot move.</summary>
    /// <remarks>
    /// A robot boxed in by others that are only waiting pushes them first: each of those makes way (recursively, a few
    /// deep) off the way to the nearest free place, then the robot follows. Robots at work are never pushed.
    /// </remarks>
    private bool MakeWay(Robot robot, IEnumerable<int> avoid, int depth = 0)
    {
        // A robot driving a reserved route cannot change it: only standing robots make way.
        if (robot.IsStopped || robot.Detour is not null || _following.Contains(robot))
            return false;
        var avoided = avoid.ToHashSet();
        avoided.Add(robot.Node);
        var places = FreePlacesNear(robot.Node, avoided, robot).Take(AsideCandidates).ToList();
        foreach (var place in places)
        {
            if (TryDetour(robot, place))
                return true;
        }
        if (depth >= MaxPushDepth || places.Count == 0)
            return false;
        var way = Distances.Path(robot.Node, places[0]);
        var inTheWay = way.Skip(1).Select(n => _parkedAt.GetValueOrDefault(n)).Where(r => r is not null && r != robot).Select(r => r!).Distinct().ToList();
        if (inTheWay.Count == 0 || !inTheWay.All(CanBePushed))
            return false;
        avoided.UnionWith(way);
        // Clear the far end first, so that each robot has somewhere to go.
        foreach (var other in inTheWay.AsEnumerable().Reverse())
        {
            if (!MakeWay(other, avoided, depth + 1))
                return false;
        }
        return TryDetour(robot, places[0]);
    }

    private bool TryDetour(Robot robot, int place)
    {
        var legs = _planner.Plan(robot.Index, robot.Node, Simulation.Now, place, robot.Fleet.SpeedMetersPerSecond, _plan.ReservationHorizonSeconds);
        if (legs is null || legs.Count == 0)
            return false;
        Commit(robot, legs);
        robot.Detour = legs;
        robot.Nudge.Pulse();
        return true;
    }

    /// <summary>A robot that only waits (idle, queueing, or blocked) can be moved; one at work or driving cannot.</summary>
    private bool CanBePushed(Robot robot) =>
        (robot.CanMakeWay || _waitingFor.ContainsKey(robot)) && robot.Detour is null && !_following.Contains(robot) && !robot.IsStopped;

    /// <summary>Nodes in breadth-first order from <paramref name="from"/> that no other robot holds or will pass and that are not stations.</summary>
    private IEnumerable<int> FreePlacesNear(int from, HashSet<int> avoid, Robot robot)
    {
        foreach (var node in _walker.From(from))
        {
            if (!avoid.Contains(node) && !_stationNodes.Contains(node) && IsFreeFor(node, robot.Index))
                yield return node;
        }
    }

    /// <summary>True if no other robot holds <paramref name="node"/> now or later.</summary>
    private bool IsFreeFor(int node, int robot)
    {
        var reservations = Table.OfNode(node);
        for (var i = 0; i < reservations.Count; i++)
        {
            if (reservations[i].End > Simulation.Now && reservations[i].Robot != robot)
                return false;
        }
        return true;
    }
}
