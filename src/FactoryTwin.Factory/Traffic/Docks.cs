using FactoryTwin.Des;
using FactoryTwin.Des.Resources;
using FactoryTwin.Factory.Stations;
using FactoryTwin.Factory.World;

namespace FactoryTwin.Factory.Traffic;

/// <summary>The places where robots load, unload and charge: a robot books one before it drives there, and queues near it while it is taken.</summary>
/// <remarks>
/// A station's place holds as many robots as its node (a charger: its charging points). A robot drives to within two
/// (shortest) lanes of it, then books it; robots get it first come, first served, and give it back as they drive away.
/// While they wait they are recorded as waiting for the dock (or for a charger) and line up along the way in: the
/// first within one lane of the place, the next within two, and so on, so a queue forms on the way in rather than a
/// crowd around the place; robots in the queue make way for anyone who passes. Each such ring holds at least as many
/// nodes as robots it is meant for, and a robot waits on a node of its ring (a free one if there is one), so it always
/// has somewhere to go.
/// </remarks>
internal sealed class Docks
{
    private readonly Dictionary<int, Dock> _byNode = [];
    private readonly TrafficLayer _traffic;
    private readonly Simulation _simulation;
    private readonly double _spacingMeters;

    /// <summary>How many of the shortest lanes from a place a robot books it.</summary>
    private const int BookingLanes = 2;

    /// <summary>How many of the nearest nodes' distances a dock keeps for its rings; farther back in a queue, rings are lanes wide.</summary>
    private const int RingsKept = 64;

    public Docks(FactoryWorld world, TrafficLayer traffic)
    {
        _traffic = traffic;
        _simulation = world.Simulation;
        var layout = world.Layout!;
        _spacingMeters = layout.Edges.Count == 0 ? 1 : layout.Edges.Min(e => e.LengthMeters);
        foreach (var station in world.Stations.Where(s => s.Node >= 0))
        {
            var places = station.ChargingPoints ?? new Resource(world.Simulation, layout.Nodes[station.Node].Capacity, $"{station.Id}/dock");
            if (station.ChargingPoints is not null || !_byNode.ContainsKey(station.Node))
                _byNode[station.Node] = new Dock(station.Node, places, new Signal(world.Simulation), NearestFirst(traffic.Distances.To(station.Node), station.Node, traffic), traffic.Distances);
        }
    }

    /// <summary>Books the station's place for the robot, queueing near it while it is taken, then drives there.</summary>
    public IEnumerable<Event> GoTo(Mover mover, Station station)
    {
        var dock = _byNode[station.Node];
        mover.Abandons = false;
        if (!Holds(mover, dock))
        {
            // Book the place only once near it (or on it): a place held by a robot still on its way is lost to those at the door.
            if (mover.At != station.Node)
            {
                var near = _traffic.Approach(mover.Robot, station.Node, Ring(dock, BookingLanes));
                if (!near.IsTriggered)
                    yield return near;
            }
            if (GivesUp(mover))
                yield break;
            var request = dock.Places.Request();
            mover.Docks.Add(request);
            if (request.Status != RequestStatus.Granted) // granted at once if free (its event fires a moment later)
            {
                var waiting = station.ChargingPoints is null ? ElementState.WaitingDock : ElementState.WaitingCharger;
                dock.Queue.Add(mover);
                while (request.Status != RequestStatus.Granted && !GivesUp(mover))
                {
                    var spot = Spot(dock, dock.Queue.IndexOf(mover) + 1, mover);
                    var inPlace = _traffic.Queue(mover.Robot, spot, waiting);
                    if (!inPlace.IsTriggered)
                        yield return _simulation.AnyOf(request, inPlace);
                    if (request.Status != RequestStatus.Granted && !GivesUp(mover))
                        yield return _simulation.AnyOf(request, dock.Advanced.Next); // closer when the queue moves up
                }
                dock.Queue.Remove(mover);
                dock.Advanced.Pulse();
                if (GivesUp(mover))
                {
                    // A flat battery on the way (it will never come), or its task went to another robot: it gives up its turn.
                    if (mover.Docks.Remove(request))
                        request.Dispose();
                    yield break;
                }
            }
        }
        yield return _traffic.Drive(mover.Robot, station.Node);
    }

    /// <summary>True if the robot will not come: its battery ran flat, or it gave up its way here (see <see cref="GiveUp"/>).</summary>
    private static bool GivesUp(Mover mover) => mover.Role == MoverRole.Stopped || mover.Abandons;

    /// <summary>The robot gives up its way to a station: its bookings end (but one of the place it stands on, given back as it drives away), and a queue it waits in moves up.</summary>
    public void GiveUp(Mover mover)
    {
        for (var i = mover.Docks.Count - 1; i >= 0; i--)
        {
            var request = mover.Docks[i];
            if (request.Status == RequestStatus.Granted && _byNode.TryGetValue(mover.At, out var here) && request.Resource == here.Places)
                continue;
            request.Dispose();
            mover.Docks.RemoveAt(i);
        }
        foreach (var dock in _byNode.Values)
        {
            if (dock.Queue.Contains(mover))
                dock.Advanced.Pulse(); // its wait ends: it leaves the queue
        }
    }

    /// <summary>The radius of the <paramref name="n"/>-th ring round the dock: <paramref name="n"/> shortest lanes, and at least the distance of its <paramref name="n"/>-th nearest node.</summary>
    private double Ring(Dock dock, int n) =>
        dock.Nearest.Length == 0 ? n * _spacingMeters : Math.Max(n * _spacingMeters, dock.Nearest[Math.Min(n, dock.Nearest.Length) - 1].Meters);

    /// <summary>Where the robot <paramref name="n"/>-th in the queue waits: a node of the n-th ring (never a station's place), free if one is, nearest the robot.</summary>
    private int Spot(Dock dock, int n, Mover mover)
    {
        var radius = Ring(dock, n);
        var best = -1;
        var bestKey = (Taken: true, Meters: double.PositiveInfinity);
        foreach (var (node, meters) in dock.Nearest)
        {
            if (meters > radius)
                break;
            var key = (Taken: !_traffic.IsFreeFor(node, mover.Robot), Meters: dock.Distances.Between(mover.At, node));
            if (key.Taken.CompareTo(bestKey.Taken) < 0 || (key.Taken == bestKey.Taken && key.Meters < bestKey.Meters))
                (best, bestKey) = (node, key);
        }
        return best >= 0 ? best : mover.At;
    }

    /// <summary>The nearest nodes that can reach the dock and are not a station's place (enough for the longest queue that needs them), with their distance to it, nearest first.</summary>
    private static (int Node, double Meters)[] NearestFirst(double[] distances, int dock, TrafficLayer traffic) =>
        [.. distances.Select((d, node) => (Node: node, Meters: d))
            .Where(x => x.Node != dock && double.IsFinite(x.Meters) && !traffic.IsStation(x.Node))
            .OrderBy(x => x.Meters).ThenBy(x => x.Node).Take(RingsKept)];

    private static bool Holds(Mover mover, Dock dock)
    {
        foreach (var request in mover.Docks)
        {
            if (request.Resource == dock.Places)
                return true;
        }
        return false;
    }

    /// <summary>The robot drives away from <paramref name="node"/>: the places it held there are free for the next.</summary>
    public void Leave(Mover mover, int node)
    {
        if (mover.Docks.Count == 0 || !_byNode.TryGetValue(node, out var dock))
            return;
        for (var i = mover.Docks.Count - 1; i >= 0; i--)
        {
            // Only a place it holds: a robot in the queue pushed across the place keeps its turn.
            if (mover.Docks[i].Resource == dock.Places && mover.Docks[i].Status == RequestStatus.Granted)
            {
                mover.Docks[i].Dispose();
                mover.Docks.RemoveAt(i);
            }
        }
    }

    /// <summary>A station's place: its node, its places, a notice when a robot of its queue gets it, how far the other nodes are (nearest first), and the robots queueing in order.</summary>
    private sealed record Dock(int Node, Resource Places, Signal Advanced, (int Node, double Meters)[] Nearest, DistanceTable Distances)
    {
        public List<Mover> Queue { get; } = [];
    }
}
