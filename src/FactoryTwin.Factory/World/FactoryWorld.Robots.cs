using FactoryTwin.Factory.Agents;
using FactoryTwin.Factory.Metrics;
using FactoryTwin.Factory.Stations;
using FactoryTwin.Factory.Traffic;

namespace FactoryTwin.Factory.World;

/// <summary>The robots of the world: arms at their stations, mobile robots with their agents and the traffic layer.</summary>
public sealed partial class FactoryWorld
{
    private readonly List<Robot> _robots = [];

    /// <summary>The mobile robots, by index.</summary>
    public IReadOnlyList<Robot> Robots => _robots;

    /// <summary>The traffic layer, or null without mobile robots.</summary>
    public TrafficLayer? Traffic { get; private set; }

    /// <summary>The open transport tasks, or null without mobile robots.</summary>
    public TaskBoard? Tasks { get; private set; }

    /// <summary>Hands the traffic layer's counters (deadlocks, gridlocks) to the metrics.</summary>
    public void CollectTrafficCounters(MetricsCollector metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        if (Traffic is null)
            return;
        foreach (var fleet in Plan.Fleets.Where(f => f.Kind == RobotKind.Amr))
            metrics.TrafficCounters[fleet.Id] = (Traffic.Liveness.Deadlocks(fleet.Id), Traffic.Liveness.Gridlocks(fleet.Id));
    }

    /// <summary>Starts the robot fleets; returns the transport they provide, or null without mobile robots.</summary>
    private ITransport? StartRobots()
    {
        foreach (var fleet in Plan.Fleets.Where(f => f.Kind == RobotKind.Arm))
            _stations[fleet.Station].Arms = new ArmPool(fleet, _stations[fleet.Station], this);
        var mobile = Plan.Fleets.Where(f => f.Kind == RobotKind.Amr).ToList();
        if (mobile.Count == 0)
            return null;
        var board = Tasks = new TaskBoard(Simulation);
        var traffic = Traffic = new TrafficLayer(this);
        foreach (var fleet in mobile)
        {
            for (var i = 0; i < fleet.RobotIds.Count; i++)
            {
                var robot = new Robot(_robots.Count, fleet.RobotIds[i], fleet, fleet.StartNodes[i], this);
                _robots.Add(robot);
                traffic.Add(robot);
            }
        }
        foreach (var fleet in mobile.Where(f => f.Shifts is not null))
        {
            // Before the agents start, so that robots off shift at time 0 never take a task.
            var calendar = new ShiftCalendar([.. _robots.Where(r => r.Fleet == fleet).Select(r => (Action<bool>)r.SetOffShift)], fleet.Shifts!);
            Simulation.Process(calendar.Run(Simulation), $"{fleet.Id}/shifts");
        }
        var chargers = _stations.Where(s => s.Plan.Kind == StationKind.Charger).ToList();
        var sensing = new Sensing(this, board, traffic, _robots, chargers);
        foreach (var fleet in mobile)
        {
            var brain = _brains?.Invoke(fleet) ?? (fleet.Brain.Name is { } name ? BrainCatalog.Create(name)
                : throw new InvalidOperationException($"Fleet '{fleet.Id}' has a program for its brain ({fleet.Brain}); start the world with a brain for it."));
            foreach (var robot in _robots.Where(r => r.Fleet == fleet))
            {
                var agent = new RobotAgent(robot, brain, this, board, traffic, sensing);
                Simulation.Process(agent.Run(), robot.Id);
                if (fleet.Failures is { } failures)
                    Simulation.Process(Breakdowns.Of(robot, failures, traffic, Simulation, failures.HandOver ? agent.HandOver : null), $"{robot.Id}/failures");
            }
        }
        return new FleetTransport(this, board);
    }
}
