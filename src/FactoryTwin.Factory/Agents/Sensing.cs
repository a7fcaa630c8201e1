using FactoryTwin.Des.Randomness;
using FactoryTwin.Factory.Layout;
using FactoryTwin.Factory.Stations;
using FactoryTwin.Factory.Traffic;
using FactoryTwin.Factory.World;

namespace FactoryTwin.Factory.Agents;

/// <summary>Builds what a robot observes: itself, the open tasks with their distances, the robots in sensor range, the chargers.</summary>
internal sealed class Sensing(FactoryWorld world, TaskBoard board, TrafficLayer traffic, IReadOnlyList<Robot> robots, IReadOnlyList<Station> chargers)
{
    private readonly HashSet<int> _stationNodes = [.. world.Plan.Stations.Where(s => s.Node >= 0).Select(s => s.Node)];
    private readonly Dictionary<Robot, RandomStream> _noise = [];
    private readonly DistanceTable _distances = traffic.Distances;

    /// <summary>The robots of each fleet waiting for something to do, for central brains.</summary>
    public HashSet<Robot> Idle { get; } = [];

    public Observation Observe(Robot robot, bool withFleetView)
    {
        var layout = world.Layout!;
        var tasks = board.Open;
        var taskViews = tasks.Select(t => new TaskView(t.Id, t.Job.Id, t.From.Id, t.To.Id, world.Simulation.Now - t.PostedAt,
            _distances.Between(robot.Node, t.From.Node))).ToList();
        var battery = robot.Fleet.Battery;
        var self = new RobotView(robot.Id, layout.Nodes[robot.Node].Id, robot.Position, robot.Heading, robot.BatteryPercent,
            battery?.ChargeThresholdPercent ?? 0, [.. robot.Load.Select(j => j.Id)], Names.Of(robot.State), layout.Nodes[robot.Home].Id,
            _stationNodes.Contains(robot.Node), layout.Nodes[_stationNodes.Contains(robot.Node) ? traffic.NearestFreePlace(robot.Node, robot) : robot.Node].Id);
        var chargerViews = battery is null
            ? []
            : chargers.Select(c => new ChargerView(c.Id, c.ChargingPoints!.Capacity - c.ChargingPoints.InUse, c.ChargingPoints.QueueLength,
                _distances.Between(robot.Node, c.Node))).ToList();
        IReadOnlyList<IdleRobotView> fleet = withFleetView
            ? [.. Idle.Append(robot).Distinct().Where(r => r.Fleet == robot.Fleet).OrderBy(r => r.Index)
                .Select(r => new IdleRobotView(r.Id, [.. tasks.Select(t => _distances.Between(r.Node, t.From.Node))]))]
            : [];
        return new Observation(world.Simulation.Now, self, taskViews, Nearby(robot), HeldNearby(robot), chargerViews, fleet);
    }

    /// <summary>The nodes within sensor range that other robots hold at this moment: where they stand, and where they drive to.</summary>
    private List<string> HeldNearby(Robot robot)
    {
        var range = robot.Fleet.Sensors.RangeMeters;
        var held = new List<string>();
        foreach (var other in robots)
        {
            if (other == robot || other.Position.DistanceTo(robot.Position) > range + world.Layout!.CellSizeMeters)
                continue;
            AddIfHeld(held, robot, range, other.Node);
            AddIfHeld(held, robot, range, traffic.NextNodeOf(other));
        }
        held.Sort(StringComparer.Ordinal);
        return held;
    }

    private void AddIfHeld(List<string> held, Robot robot, double range, int node)
    {
        var layout = world.Layout!;
        if (node < 0 || layout.Nodes[node].Position.DistanceTo(robot.Position) > range)
            return;
        if (!held.Contains(layout.Nodes[node].Id)) // a place for several robots may be held by more than one
            held.Add(layout.Nodes[node].Id);
    }

    /// <summary>Other robots within sensor range, where they were a latency ago, with Gaussian noise on each coordinate.</summary>
    private List<SeenRobot> Nearby(Robot robot)
    {
        var sensors = robot.Fleet.Sensors;
        var seen = new List<SeenRobot>();
        if (sensors.RangeMeters <= 0)
            return seen;
        if (!_noise.TryGetValue(robot, out var random))
            _noise[robot] = random = world.Simulation.Stream($"sensors/{robot.Id}");
        var noise = sensors.PositionNoiseMeters > 0 ? new Normal(0, sensors.PositionNoiseMeters) : null;
        foreach (var other in robots)
        {
            if (other == robot)
                continue;
            var position = other.PositionAt(world.Simulation.Now - sensors.LatencySeconds);
            if (position.DistanceTo(robot.Position) > sensors.RangeMeters)
                continue;
            if (noise is not null)
                position = new Point(position.X + noise.Sample(random), position.Y + noise.Sample(random));
            seen.Add(new SeenRobot(other.Id, position));
        }
        return seen;
    }
}
