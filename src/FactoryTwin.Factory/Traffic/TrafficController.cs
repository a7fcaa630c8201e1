using FactoryTwin.Des;
using FactoryTwin.Des.Resources;
using FactoryTwin.Factory.Agents;
using FactoryTwin.Factory.Stations;
using FactoryTwin.Factory.Layout;
using FactoryTwin.Factory.World;

namespace FactoryTwin.Factory.Traffic;

/// <summary>Moves mobile robots without collisions: plans each route against the others' reservations, reserves it, and drives it.</summary>
/// <remarks>
/// <para>A station's place is a dock: a robot books it before driving there and gives it back as it drives away, so
/// robots queue for a busy station where they are instead of crowding it. Waiting robots never stand on a station's
/// place: they step aside first.</para>
/// <para>A robot that stops holds its node until it plans again, so nobody plans through it. A robot that finds no
/// route waits, holding its node, until one of the robots in its way moves, it is asked to make way, or the re-plan
/// bound passes; each such retry is counted as a re-plan.</para>
/// <para>Who waits for whom forms a graph. An idle robot in the way is given a detour at once. A cycle of waiting
/// robots is a deadlock: its robots are asked in order of id to step aside to the nearest free place off the others'
/// ways, until one can; each resolved cycle is counted. Time always moves on (every wait has a bound), so a run
/// never hangs.</para>
/// </remarks>
public sealed partial class TrafficController
{
    private readonly FactoryWorld _world;
    private readonly TrafficPlan _plan;
    private readonly LayoutGraph _layout;
    private readonly SafeIntervalPlanner _planner;
    private readonly BreadthFirstWalker _walker;
    private readonly List<Robot> _robots = [];
    private readonly Dictionary<int, Robot> _parkedAt = [];
    private readonly Dictionary<Robot, int> _waitingFor = [];
    private readonly HashSet<Robot> _following = [];
    private readonly HashSet<int> _stationNodes;
    private readonly Signal _changed;
    private readonly Dictionary<int, Resource> _docks = [];
    private readonly Dictionary<Resource, DockQueue> _dockQueues = [];

    /// <summary>How many robots queueing for a station wait right next to it.</summary>
    private const int QueueNearStation = 8;
    private double _forgotten;

    public TrafficController(FactoryWorld world, int robots)
    {
        ArgumentNullException.ThrowIfNull(world);
        _world = world;
        _plan = world.Plan.Traffic;
        _layout = world.Layout ?? throw new ArgumentException("Mobile robots need a layout.", nameof(world));
        Table = new ReservationTable(_layout, robots);
        Distances = new DistanceTable(_layout);
        _planner = new SafeIntervalPlanner(_layout, Table, Distances);
        _walker = new BreadthFirstWalker(_layout);
        _stationNodes = [.. world.Plan.Stations.Where(s => s.Node >= 0).Select(s => s.Node)];
        _changed = new Signal(world.Simulation);
        foreach (var station in world.Stations.Where(s => s.Node >= 0))
        {
            if (station.ChargingPoints is { } points)
                _docks[station.Node] = points;
            else if (!_docks.ContainsKey(station.Node))
                _docks[station.Node] = new Resource(world.Simulation, _layout.Nodes[station.Node].Capacity, $"{station.Id}/dock");
        }
    }

    public ReservationTable Table { get; }

    public DistanceTable Distances { get; }

    /// <summary>The route planner, for its effort counters.</summary>
    public SafeIntervalPlanner Planner => _planner;

    /// <summary>Deadlock cycles resolved, per fleet.</summary>
    public Dictionary<string, long> Deadlocks { get; } = new(StringComparer.Ordinal);

    /// <summary>Routes planned again after a robot found none, per fleet.</summary>
    public Dictionary<string, long> Replans { get; } = new(StringComparer.Ordinal);

    private Simulation Simulation => _world.Simulation;

    /// <summary>Places a robot at its start node, holding it.</summary>
    public void Add(Robot robot)
    {
        ArgumentNullException.ThrowIfNull(robot);
        _robots.Add(robot);
        Commit(robot, []);
    }

    /// <summary>Drives <paramref name="robot"/> to <paramref name="goal"/>, waiting for others as needed; stops early if its battery runs out.</summary>
    public IEnumerable<Event> Drive(Robot robot, int goal)
    {
        ArgumentNullException.ThrowIfNull(robot);
        while (robot.Node != goal && !robot.IsStopped)
        {
            foreach (var e in Detour(robot))
                yield return e;
            var legs = _planner.Plan(robot.Index, robot.Node, Simulation.Now, goal, robot.Fleet.SpeedMetersPerSecond, _plan.ReservationHorizonSeconds);
            if (legs is null)
            {
                foreach (var e in WaitForWay(robot, goal))
                    yield return e;
                continue;
            }
            _waitingFor.Remove(robot);
            Commit(robot, legs);
            foreach (var e in Follow(robot, legs))
                yield return e;
        }
    }

    /// <summary>Books the station's place for the robot; while it is taken, the robot drives to a free place near it and waits there, ready to make way.</summary>
    public IEnumerable<Event> Dock(Robot robot, Station station)
    {
        ArgumentNullException.ThrowIfNull(robot);
        ArgumentNullException.ThrowIfNull(station);
        var dock = _docks[station.Node];
        if (robot.Docks.Any(d => d.Resource == dock))
            yield break;
        var request = dock.Request();
        robot.Docks.Add(request);
        if (request.IsTriggered)
            yield break;
        var queue = _dockQueues.TryGetValue(dock, out var list) ? list : _dockQueues[dock] = new DockQueue(Simulation);
        queue.Robots.Add(robot);
        var near = false;
        robot.Enter(ElementState.WaitingTraffic);
        while (!request.IsProcessed)
        {
            // The first few in the queue wait next to the station; the others where they are, so they do not crowd it.
            if (!near && queue.Robots.IndexOf(robot) < QueueNearStation)
            {
                near = true;
                foreach (var e in DriveNear(robot, station.Node, request))
                    yield return e;
                if (robot.State != ElementState.WaitingTraffic && !request.IsProcessed)
                    robot.Enter(ElementState.WaitingTraffic);
                continue;
            }
            if (!near)
            {
                foreach (var e in Vacate(robot))
                    yield return e;
                if (robot.State != ElementState.WaitingTraffic)
                    robot.Enter(ElementState.WaitingTraffic);
            }
            robot.CanMakeWay = true;
            yield return Simulation.AnyOf(request, robot.Nudge.Next, queue.Advanced.Next);
            robot.CanMakeWay = false;
            foreach (var e in Detour(robot))
                yield return e;
        }
        queue.Robots.Remove(robot);
        queue.Advanced.Pulse();
    }

    /// <summary>Drives to the free place nearest to <paramref name="target"/> (off the stations), unless <paramref name="until"/> happens first.</summary>
    private IEnumerable<Event> DriveNear(Robot robot, int target, Event until)
    {
        while (!until.IsTriggered && !robot.IsStopped)
        {
            var mine = new HashSet<int>();
            List<Leg>? legs = null;
            foreach (var place in FreePlacesNear(target, mine, robot).Take(AsideCandidates))
            {
                if (place == robot.Node)
                    yield break;
                legs = _planner.Plan(robot.Index, robot.Node, Simulation.Now, place, robot.Fleet.SpeedMetersPerSecond, _plan.ReservationHorizonSeconds);
                if (legs is not null)
                    break;
            }
            if (legs is null)
            {
                yield break; // nowhere near is free now: wait where it stands
            }
            Commit(robot, legs);
            foreach (var e in Follow(robot, legs))
                yield return e;
            yield break;
        }
    }

    /// <summary>Leaves a station's place for the nearest free place, so that the robot can wait without blocking the station.</summary>
    public IEnumerable<Event> Vacate(Robot robot)
    {
        ArgumentNullException.ThrowIfNull(robot);
        if (_stationNodes.Contains(robot.Node) && MakeWay(robot, []))
        {
            foreach (var e in Detour(robot))
                yield return e;
        }
    }

    /// <summary>The free place nearest to <paramref name="node"/> that is not a station's (the node itself if it qualifies).</summary>
    public int NearestFreePlace(int node, Robot robot)
    {
        ArgumentNullException.ThrowIfNull(robot);
        var mine = new HashSet<int>();
        foreach (var place in FreePlacesNear(node, mine, robot))
            return place;
        return node;
    }

    /// <summary>Drives a detour the traffic layer reserved for the robot to make way, if it has one.</summary>
    public IEnumerable<Event> Detour(Robot robot)
    {
        ArgumentNullException.ThrowIfNull(robot);
        if (robot.Detour is not { } legs)
            yield break;
        robot.Detour = null;
        _waitingFor.Remove(robot);
        foreach (var e in Follow(robot, legs))
            yield return e;
    }

    /// <summary>Drives reserved legs, waiting at nodes where the plan waits.</summary>
    private IEnumerable<Event> Follow(Robot robot, List<Leg> legs)
    {
        _following.Add(robot);
        try
        {
            foreach (var e in FollowLegs(robot, legs))
                yield return e;
        }
        finally
        {
            _following.Remove(robot);
        }
    }

    private IEnumerable<Event> FollowLegs(Robot robot, List<Leg> legs)
    {
        foreach (var leg in legs)
        {
            var wait = leg.Depart - Simulation.Now;
            if (wait < -1e-9)
                throw new InvalidOperationException($"{robot} is late for its reserved departure from node {leg.From} at t={leg.Depart:R} s.");
            if (wait > SafeIntervalPlanner.MinDwellSeconds * 2 && robot.State != ElementState.WaitingTraffic)
                robot.Enter(ElementState.WaitingTraffic);
            if (wait > 0)
                yield return Simulation.Timeout(wait);
            var length = Length(leg.From, leg.To);
            if (!robot.CanDrive(length, leg.Arrive - leg.Depart))
            {
                Stop(robot);
                yield break;
            }
            robot.Drive(length);
            robot.Depart(leg.From, leg.To);
            robot.Driving(leg.To, Simulation.Now, leg.Arrive);
            yield return Simulation.Timeout(leg.Arrive - Simulation.Now);
            robot.Arrive(leg.To);
        }
    }

    /// <summary>The robot found no route: note who is in its way, clear idle robots out of it, break deadlocks, then wait.</summary>
    private IEnumerable<Event> WaitForWay(Robot robot, int goal)
    {
        // Never wait on a station's place: it would keep others from delivering there. Step aside first.
        if (_stationNodes.Contains(robot.Node) && MakeWay(robot, []))
            yield break;
        if (robot.State != ElementState.WaitingTraffic)
            robot.Enter(ElementState.WaitingTraffic);
        Count(Replans, robot);
        _waitingFor[robot] = goal;
        var blockers = BlockersOf(robot, goal);
        foreach (var blocker in blockers.Where(IsIdle))
            MakeWay(blocker, Distances.Path(robot.Node, goal));
        ResolveDeadlock(robot);
        if (robot.Detour is not null)
            yield break;
        List<Event> wake = [robot.Nudge.Next, Simulation.Timeout(_plan.ReplanAfterBlockedSeconds)];
        wake.AddRange(blockers.Count > 0 ? blockers.Select(b => b.Moved.Next) : [_changed.Next]);
        yield return Simulation.AnyOf(wake);
    }

    /// <summary>Reserves a route (or, with no legs, the robot's node for good) in place of what the robot held.</summary>
    private void Commit(Robot robot, List<Leg> legs)
    {
        var now = Simulation.Now;
        if (now > _forgotten + 60)
        {
            Table.Forget(now);
            _forgotten = now;
        }
        Table.Clear(robot.Index);
        var leaving = legs.Count > 0;
        if (_parkedAt.TryGetValue(robot.Node, out var holder) && holder == robot && leaving)
            _parkedAt.Remove(robot.Node);
        var at = robot.Node;
        var since = now;
        foreach (var leg in legs)
        {
            Table.ReserveNode(at, since, leg.Depart, robot.Index);
            Table.ReserveLane(_layout.LaneBetween(leg.From, leg.To), leg.Depart, leg.Arrive, robot.Index);
            at = leg.To;
            since = leg.Arrive;
        }
        Table.ReserveNode(at, since, double.PositiveInfinity, robot.Index);
        _parkedAt[at] = robot;
        if (leaving)
        {
            // The robot drives away: the docks it held where it stood are free for the next.
            if (_docks.TryGetValue(robot.Node, out var here))
            {
                for (var i = 0; i < robot.Docks.Count;)
                {
                    var dock = robot.Docks[i];
                    if (dock.Resource != here)
                    {
                        i++;
                        continue;
                    }
                    robot.Docks.RemoveAt(i);
                    dock.Dispose();
                }
            }
            robot.Moved.Pulse();
            _changed.Pulse();
        }
    }

    /// <summary>The battery ran out: the robot stays on its node for good.</summary>
    private void Stop(Robot robot)
    {
        Commit(robot, []);
        robot.Enter(ElementState.Stopped);
        _waitingFor.Remove(robot);
    }

    private double Length(int from, int to)
    {
        foreach (var edge in _layout.OutEdges(from))
        {
            if (edge.To == to)
                return edge.LengthMeters;
        }
        throw new InvalidOperationException($"No lane from node {from} to node {to}.");
    }

    private static void Count(Dictionary<string, long> counter, Robot robot) =>
        counter[robot.Fleet.Id] = counter.GetValueOrDefault(robot.Fleet.Id) + 1;

    /// <summary>For diagnostics: each dock's holders and queue.</summary>
    public IEnumerable<string> DescribeDocks() => _docks.Values.Distinct().Select(d =>
        $"{d.Name}: in use {d.InUse}, queue {(_dockQueues.TryGetValue(d, out var q) ? string.Join(",", q.Robots) : "")}");

    /// <summary>The robots waiting for a dock, in the order they asked, and a notice when one of them gets it.</summary>
    private sealed class DockQueue(Simulation simulation)
    {
        public List<Robot> Robots { get; } = [];

        public Signal Advanced { get; } = new(simulation);
    }
}
